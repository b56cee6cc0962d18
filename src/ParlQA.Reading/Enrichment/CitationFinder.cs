using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Model;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Parliamentary documents cited in running text: "Kamerstuk 35 207, nr. 32", "Kamerstukken II 2019/20,
/// 34 300 V, nr. 22", "Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276", "Handelingen II 2019/20, nr. 45".
/// </summary>
internal static partial class CitationFinder
{
    private const string Dossier = @"(?<dossier>\d{2}\s?\d{3}(?:-\d{2}\b|[ -](?:[IVXLC]+|[A-Z]{1,3})\b)?(?:\s?\((?:R|ES)?\d+\))?)";

    [GeneratedRegex(@"\bKamerstuk(?:ken)?(?:\s+I{1,2})?,?\s+(?:\d{4}\s*[/–-]\s*\d{2,4},?\s+)?" + Dossier + @",\s*nrs?\.?\s*(?<nrs>\d+(?:\s*(?:,|en)\s*\d+)*)")]
    private static partial Regex Kamerstuk();

    /// <summary>The compact form "Kamerstuk 35925-VI-56": dossier, optional part, number.</summary>
    [GeneratedRegex(@"\bKamerstuk(?:ken)?\s+(?<dossier>\d{2}\s?\d{3})(?:-(?<part>[IVXLC]+|[A-Z]{1,3}))?-(?<nr>\d{1,4})\b(?!\s*,\s*nrs?\.)")]
    private static partial Regex CompactKamerstuk();

    [GeneratedRegex(@"\bAanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+I{1,2})?,?\s+(?:vergaderjaar\s+)?(?<from>\d{4})\s*[/–-]\s*(?<to>\d{2,4}),?\s+nr\.?\s*(?<nr>\d+)")]
    private static partial Regex Aanhangsel();

    [GeneratedRegex(@"(?<!Aanhangsel\s+(?:van\s+de\s+)?)\bHandelingen\s+I{1,2},?\s+(?:vergaderjaar\s+)?(?<from>\d{4})\s*[/–-]\s*(?<to>\d{2,4}),?\s+nr\.?\s*(?<nr>\d+)")]
    private static partial Regex Handelingen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The citations in <paramref name="text"/>, in order of appearance.</summary>
    public static IEnumerable<Citation> Find(string text)
    {
        var found = new List<(int At, Citation Citation)>();
        foreach (Match m in Kamerstuk().Matches(text))
        {
            var dossier = NormaliseDossier(m.Groups["dossier"].Value);
            foreach (Match nr in Digits().Matches(m.Groups["nrs"].Value))
                found.Add((m.Index, new Citation { Kind = CitationKind.Kamerstuk, Dossier = dossier, Number = Int(nr.Value), Text = Spaces().Replace(m.Value, " ") }));
        }
        foreach (Match m in CompactKamerstuk().Matches(text))
        {
            var dossier = NormaliseDossier(m.Groups["dossier"].Value) + (m.Groups["part"].Success ? " " + m.Groups["part"].Value : "");
            found.Add((m.Index, new Citation { Kind = CitationKind.Kamerstuk, Dossier = dossier, Number = Int(m.Groups["nr"].Value), Text = m.Value }));
        }
        foreach (Match m in Aanhangsel().Matches(text))
            found.Add((m.Index, new Citation { Kind = CitationKind.Aanhangsel, Session = Session(m), Number = Int(m.Groups["nr"].Value), Text = Spaces().Replace(m.Value, " ") }));
        foreach (Match m in Handelingen().Matches(text))
            found.Add((m.Index, new Citation { Kind = CitationKind.Handelingen, Session = Session(m), Number = Int(m.Groups["nr"].Value), Text = Spaces().Replace(m.Value, " ") }));
        return found.OrderBy(f => f.At).Select(f => f.Citation);
    }

    /// <summary>"35207" and "35 207" are the same dossier; the printed form has a space after the second digit.</summary>
    public static string NormaliseDossier(string dossier)
    {
        dossier = Spaces().Replace(dossier.Trim(), " ");
        if (dossier.Length >= 5 && char.IsDigit(dossier[2]) && dossier[..5].All(char.IsDigit))
            dossier = dossier[..2] + " " + dossier[2..];
        return dossier;
    }

    /// <summary>"2019/20" and "2019–2020" both become "2019–2020".</summary>
    private static string Session(Match m)
    {
        var from = m.Groups["from"].Value;
        var to = m.Groups["to"].Value;
        if (to.Length == 2)
            to = from[..2] + to;
        return from + "–" + to;
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
