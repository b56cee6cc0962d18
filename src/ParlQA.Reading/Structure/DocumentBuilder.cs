using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Headers;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Turns recognised blocks into a <see cref="QaDocument"/>, whatever the layout they came from: the texts of
/// questions, answers, footnotes and notice, with the markers of existing footnotes taken out. What the texts
/// say beyond that (sources, references, commitments, citations) the enrichers add.
/// </summary>
internal static class DocumentBuilder
{
    public static QaDocument Build(RecognisedBlocks blocks, DocumentHeader header, BlockTextBuilder text, SourceInfo source, int pageCount)
    {
        var footnotes = blocks.Footnotes
            .Select(f => text.BuildParagraph(f.Lines, f.FirstLineText))
            .Zip(blocks.Footnotes, (t, f) => new Footnote { Number = f.Number, Text = t, Urls = Urls.Find(t, f.Lines.SelectMany(l => l.Links)) })
            .ToList();
        var footnoteNumbers = new Dictionary<int, MarkerStyle>();
        foreach (var f in blocks.Footnotes)
            footnoteNumbers.TryAdd(f.Number, f.Style);

        var questions = new List<Question>();
        foreach (var q in blocks.Questions)
        {
            var raw = blocks.Shape == BodyShape.List ? text.BuildParagraph(q.Lines, q.FirstLineText) : text.BuildParagraphs(q.Lines, q.FirstLineText);
            var (qText, markers) = FootnoteMarkers.Split(raw, footnoteNumbers);
            questions.Add(new Question
            {
                Id = q.Id,
                Label = q.Label,
                Numbers = q.Numbers,
                Text = qText,
                FootnoteNumbers = markers,
                Page = q.FirstLine.Page,
                Line = q.FirstLine.Number,
                AnswerId = q.Answer?.Id,
            });
        }

        var answers = new List<Answer>();
        foreach (var a in blocks.Answers)
        {
            var (aText, markers) = FootnoteMarkers.Split(text.BuildParagraphs(a.Lines, a.FirstLineText), footnoteNumbers);
            answers.Add(new Answer
            {
                Id = a.Id,
                Label = a.Label,
                QuestionIds = a.Covers.Select(q => q.Id).ToList(),
                Text = aText,
                FootnoteNumbers = markers,
                Page = a.FirstLine.Page,
                Line = a.FirstLine.Number,
            });
        }

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
            Notice = blocks.Notice.Count == 0 ? null : Notices.Read(text.BuildParagraphs(blocks.Notice)),
            Diagnostics = blocks.Diagnostics,
            Source = source with { Pages = pageCount },
        };
    }
}
