using ParlQA.Model;

namespace ParlQA.Reading.Enrichment;

/// <summary>The distinct documents cited anywhere in a document, in order of first citation.</summary>
internal static class Citations
{
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
