using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Turns recognised blocks into a <see cref="QaDocument"/>: builds the texts, then runs the enrichers
/// (footnote markers, sources, references, citations, commitments) in one listed order.
/// </summary>
internal static class ListDocumentBuilder
{
    /// <summary>Share of running-text lines shorter than a full line; the width is read just above them.</summary>
    private const double FullWidthPercentile = 0.95;

    public static QaDocument Build(TextLayout layout, RecognisedBlocks blocks, SourceInfo source)
    {
        var evidence = WordEvidence.From(layout.Lines.Select(l => l.Text));
        var text = new BlockTextBuilder(evidence, FullWidth(blocks.Answers));
        var diagnostics = blocks.Diagnostics.ToList();

        var footnotes = blocks.Footnotes
            .Select(f => text.BuildParagraph(f.Lines, f.FirstLineText))
            .Zip(blocks.Footnotes, (t, f) => new Footnote { Number = f.Number, Text = t, Urls = Urls.Find(t) })
            .ToList();
        var footnoteNumbers = footnotes.Select(f => f.Number).ToHashSet();

        var questions = new List<Question>();
        foreach (var q in blocks.Questions)
        {
            var (qText, markers) = FootnoteMarkers.Split(text.BuildParagraph(q.Lines, q.FirstLineText), footnoteNumbers);
            questions.Add(new Question
            {
                Id = q.Id,
                Label = q.Label,
                Numbers = q.Numbers,
                Text = qText,
                Sources = Urls.Find(qText),
                FootnoteNumbers = markers,
                Page = q.FirstLine.Page,
                Line = q.FirstLine.Number,
                AnswerId = q.Answer?.Id,
            });
        }

        var front = ListFrontMatter.Read(blocks.FrontMatter, lines => text.BuildParagraph(lines));
        var answers = new List<Answer>();
        var commitments = new List<Commitment>();
        foreach (var a in blocks.Answers)
        {
            var (aText, markers) = FootnoteMarkers.Split(text.BuildParagraphs(a.Lines, a.FirstLineText), footnoteNumbers);
            answers.Add(new Answer
            {
                Id = a.Id,
                Label = a.Label,
                QuestionIds = a.Covers.Select(q => q.Id).ToList(),
                Text = aText,
                References = References.Resolve(a, aText, blocks.Questions, diagnostics),
                FootnoteNumbers = markers,
                Page = a.FirstLine.Page,
                Line = a.FirstLine.Number,
            });
            commitments.AddRange(Commitments.Find(a.Id, aText, front.AnsweredOn));
        }

        var citationTexts = new[] { text.BuildParagraph(blocks.FrontMatter) }
            .Concat(questions.Select(q => q.Text)).Concat(answers.Select(a => a.Text)).Concat(footnotes.Select(f => f.Text));
        var footer = layout.Footer;
        return new QaDocument
        {
            Id = DocumentIds.Official(footer) ?? DocumentIds.FromHash(source.Sha256),
            Kind = DocumentKind.QuestionList,
            Chamber = footer?.Chamber,
            Session = footer?.Session,
            Dossier = footer?.Dossier,
            Number = footer?.Number,
            Subject = front.Subject,
            Committee = front.Committee,
            Addressees = front.Addressees,
            SubjectLetter = front.SubjectLetter,
            AnsweredOn = front.AnsweredOn,
            AnsweredBy = front.AnsweredBy,
            Chair = front.Chair,
            Clerk = front.Clerk,
            Questions = questions,
            Answers = answers,
            Footnotes = footnotes,
            Citations = Citations.Distinct(citationTexts),
            Commitments = commitments,
            Diagnostics = diagnostics,
            Source = source with { Pages = layout.PageCount },
        };
    }

    /// <summary>The width of a full line of running text, in characters, read from the answers' inner lines.</summary>
    private static int FullWidth(IReadOnlyList<AnswerBlock> answers)
    {
        var lengths = answers.SelectMany(a => a.Lines.Take(a.Lines.Count - 1)).Select(l => l.Text.Length).Order().ToList();
        return lengths.Count == 0 ? int.MaxValue : lengths[(int)((lengths.Count - 1) * FullWidthPercentile)];
    }
}
