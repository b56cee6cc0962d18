using ParlQA.Model;
using ParlQA.Reading.Headers;

namespace ParlQA.Reading.Enrichment;

/// <summary>The distinct documents cited anywhere in a document, in order of first citation.</summary>
internal static class Citations
{
    /// <summary>Citations in the header's text, then the questions, answers, footnotes and notice, in that order.</summary>
    public static QaDocument Enrich(QaDocument document, DocumentHeader header) =>
        document with
        {
            Citations = Distinct(new[] { header.Text }
                .Concat(document.Questions.Select(q => q.Text)).Concat(document.Answers.Select(a => a.Text)).Concat(document.Footnotes.Select(f => f.Text))
                .Append(document.Notice?.Text ?? "")),
        };

    public static IReadOnlyList<Citation> Distinct(IEnumerable<string> texts)
    {
        var seen = new HashSet<(CitationKind, string?, int?, string?)>();
        var result = new List<Citation>();
        foreach (var text in texts)
        {
            foreach (var c in CitationFinder.Find(text))
            {
                if (seen.Add((c.Kind, c.Dossier, c.Number, c.Session)))
                    result.Add(c);
            }
        }
        return result;
    }
}
