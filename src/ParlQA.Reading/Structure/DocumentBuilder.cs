using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Turns recognised blocks into a <see cref="QaDocument"/>, whatever the layout they came from: builds the
/// texts, then runs the enrichers (footnote markers, sources, references, citations, commitments) in one
/// listed order.
/// </summary>
internal static class DocumentBuilder
{
    /// <summary>Share of running-text lines shorter than a full line; the width is read just above them.</summary>
    private const double FullWidthPercentile = 0.95;

    /// <param name="lines">Every body line, as evidence for hyphens.</param>
    /// <param name="blocks">The recognised questions, answers and footnotes.</param>
    /// <param name="readHeader">Reads the header from the front matter, given the text builder to join its lines.</param>
    /// <param name="source">The file read.</param>
    /// <param name="pageCount">Pages in the source.</param>
    public static QaDocument Build(IReadOnlyList<SourceLine> lines, RecognisedBlocks blocks, Func<BlockTextBuilder, DocumentHeader> readHeader, SourceInfo source, int pageCount)
    {
        var evidence = WordEvidence.From(lines.Select(l => l.Text));
        var text = new BlockTextBuilder(evidence, FullWidth(blocks.Answers));
        var diagnostics = blocks.Diagnostics.ToList();
        var header = readHeader(text);

        var footnotes = blocks.Footnotes
            .Select(f => text.BuildParagraph(f.Lines, f.FirstLineText))
            .Zip(blocks.Footnotes, (t, f) => new Footnote { Number = f.Number, Text = t, Urls = Urls.Find(t) })
            .ToList();
        var footnoteNumbers = new Dictionary<int, MarkerStyle>();
        foreach (var f in blocks.Footnotes)
            footnoteNumbers.TryAdd(f.Number, f.Style);

        var questions = new List<Question>();
        foreach (var q in blocks.Questions)
        {
            var raw = blocks.QuestionParagraphs ? text.BuildParagraphs(q.Lines, q.FirstLineText) : text.BuildParagraph(q.Lines, q.FirstLineText);
            var (qText, markers) = FootnoteMarkers.Split(raw, footnoteNumbers);
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
            commitments.AddRange(Commitments.Find(a.Id, aText, header.AnsweredOn));
        }

        var notice = blocks.Notice.Count == 0 ? null : Notices.Read(text.BuildParagraphs(blocks.Notice));
        var citationTexts = new[] { header.Text }
            .Concat(questions.Select(q => q.Text)).Concat(answers.Select(a => a.Text)).Concat(footnotes.Select(f => f.Text))
            .Append(notice?.Text ?? "");
        return new QaDocument
        {
            Id = header.Id ?? DocumentIds.FromHash(source.Sha256),
            Kind = header.Kind,
            Chamber = header.Chamber,
            Session = header.Session,
            Dossier = header.Dossier,
            Number = header.Number,
            Title = header.Title,
            Subject = header.Subject,
            Committee = header.Committee,
            AskedBy = header.AskedBy,
            Addressees = header.Addressees,
            SubjectLetter = header.SubjectLetter,
            SubmittedOn = header.SubmittedOn,
            AnsweredOn = header.AnsweredOn,
            AnsweredBy = header.AnsweredBy,
            Chair = header.Chair,
            Clerk = header.Clerk,
            Questions = questions,
            Answers = answers,
            Footnotes = footnotes,
            Notice = notice,
            Citations = Citations.Distinct(citationTexts),
            Commitments = commitments,
            Diagnostics = diagnostics,
            Source = source with { Pages = pageCount },
        };
    }

    /// <summary>The width of a full line of running text, in characters, read from the answers' inner lines.</summary>
    private static int FullWidth(IReadOnlyList<AnswerBlock> answers)
    {
        var lengths = answers.SelectMany(a => a.Lines.Take(a.Lines.Count - 1)).Select(l => l.Text.Length).Order().ToList();
        return lengths.Count == 0 ? int.MaxValue : lengths[(int)((lengths.Count - 1) * FullWidthPercentile)];
    }
}
