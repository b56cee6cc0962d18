using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Model;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// A "Mededeling" printed instead of answers, and the letter it points to: "zijn beantwoord middels een brief
/// over … (36 471-64)" names Kamerstuk 36 471, nr. 64 in the short form dossier-number.
/// </summary>
internal static partial class Notices
{
    [GeneratedRegex(@"\((?<dossier>\d{2}\s?\d{3}(?:\s[IVXLC]+|\s[A-Z]{1,3})?)-(?<nr>\d{1,4})\)")]
    private static partial Regex ShortKamerstuk();

    public static Notice Read(string text)
    {
        var citation = CitationFinder.Find(text).FirstOrDefault();
        if (citation is null && ShortKamerstuk().Match(text) is { Success: true } m)
        {
            citation = new Citation
            {
                Kind = CitationKind.Kamerstuk,
                Dossier = CitationFinder.NormaliseDossier(m.Groups["dossier"].Value),
                Number = int.Parse(m.Groups["nr"].ValueSpan, CultureInfo.InvariantCulture),
                Text = m.Value.Trim('(', ')'),
            };
        }
        return new Notice { Text = text, Citation = citation };
    }
}
