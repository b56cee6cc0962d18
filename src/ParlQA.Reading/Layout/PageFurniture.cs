using System.Text.RegularExpressions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// Running headers, footers and stamps: recognised so they never reach a question or answer text, and
/// read for what they tell (the Kamerstuk footer carries chamber, session, dossier, number and page).
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>
    /// "Tweede Kamer, vergaderjaar 2019–2020, 35 207, nr. 34 15": the footer of every Kamerstuk page; a budget
    /// chapter of the 1980s stood apart: "20 800, hfdst. XIV, nr. 16" (dossier 20 800 XIV).
    /// </summary>
    [GeneratedRegex(@"^(?<chamber>Tweede|Eerste) Kamer,\s+vergaderjaar\s+(?<from>\d{4})\s*[–-]\s*(?<to>\d{4}),\s+(?<dossier>\d{2}\s?\d{3}(?:[ -](?:[IVXLC]+|[A-Z]{1,3}))?),(?:\s+hfdst\.\s*(?<chapter>[IVXLC]+|[A-Z]{1,3}),)?\s+nr\.\s*(?<number>\d+)(?:\s+(?<page>\d{1,4}))?$")]
    private static partial Regex KamerstukFooter();

    /// <summary>"Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1", the Aanhangsel's footer; "’s-Gravenhage 2024", its imprint.</summary>
    [GeneratedRegex(@"^(?:(?<chamber>Tweede|Eerste) Kamer, (?:vergaderjaar|zitting) (?<from>\d{4})\s*[–-]\s*(?<to>\d{4}), Aanhangsel(?:\s+\d{1,4})?|(?:’|')s[- ]Gravenhage,? \d{4})$")]
    private static partial Regex AanhangselFooter();

    /// <summary>The repeated column header of a committee's list: "Nr. Vraag Bijlage".</summary>
    [GeneratedRegex(@"^Nr\.?\s+Vraag(?:\s+Bijlage)?$")]
    private static partial Regex ListColumnHeader();

    /// <summary>Publication stamps and registry lines: "ah-tk-20232024-1314", "ISSN 0921 - 7398", "kst-35207-34".</summary>
    [GeneratedRegex(@"^(?:(?:ah|kst|h|stb|stcrt|blg|trb)-[a-z0-9]+(?:-[a-z0-9]+)+|ISSN\s+\d{4}\s*-\s*\d{3}[\dX])$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    /// <summary>The stamp of a list ParlQA published from a question round, its id in the archive: "pq-r12".</summary>
    [GeneratedRegex(@"^pq-r\d{1,9}$")]
    private static partial Regex RoundStamp();

    public static bool IsFurniture(string trimmed) =>
        trimmed.Length < 120 && MayBeFurniture(trimmed)
        && (ListColumnHeader().IsMatch(trimmed) || KamerstukFooter().IsMatch(trimmed) || Stamp().IsMatch(trimmed) || RoundStamp().IsMatch(trimmed)
            || AanhangselFooter().IsMatch(trimmed));

    /// <summary>The id a round's publication is stamped with ("pq-r12"), or null when the line is not that stamp.</summary>
    public static string? ReadRoundStamp(string trimmed) => RoundStamp().IsMatch(trimmed) ? trimmed : null;

    /// <summary>A cheap first look, so the patterns run on a few lines instead of all.</summary>
    private static bool MayBeFurniture(string trimmed) =>
        trimmed.StartsWith("Nr", StringComparison.Ordinal) || trimmed.StartsWith("Tweede Kamer", StringComparison.Ordinal)
        || trimmed.StartsWith("Eerste Kamer", StringComparison.Ordinal) || trimmed.StartsWith("ISSN", StringComparison.OrdinalIgnoreCase)
        || trimmed.Contains("Gravenhage", StringComparison.Ordinal)
        || trimmed.IndexOf(' ', StringComparison.Ordinal) < 0 && trimmed.Contains('-', StringComparison.Ordinal);

    /// <summary>The column header of a committee's list ("Nr. Vraag Bijlage"): the list has a number column.</summary>
    public static bool IsListColumnHeader(string trimmed) => ListColumnHeader().IsMatch(trimmed);

    /// <summary>A running footer ends its page; other furniture (stamps, the column header) may stand anywhere.</summary>
    public static bool IsFooter(string trimmed) =>
        (trimmed.StartsWith("Tweede Kamer", StringComparison.Ordinal) || trimmed.StartsWith("Eerste Kamer", StringComparison.Ordinal))
        && (KamerstukFooter().IsMatch(trimmed) || AanhangselFooter().IsMatch(trimmed));

    /// <summary>The chamber and session an Aanhangsel footer names ("Tweede Kamer, zitting 1980-1981, Aanhangsel"), or null.</summary>
    public static (string Chamber, string Session)? ReadAanhangselFooter(string trimmed) =>
        AanhangselFooter().Match(trimmed) is { Success: true } m && m.Groups["chamber"].Success
            ? (m.Groups["chamber"].Value + " Kamer", m.Groups["from"].Value + "–" + m.Groups["to"].Value)
            : null;

    /// <summary>Reads a Kamerstuk footer, or returns null when the line is not one.</summary>
    public static KamerstukFooterFacts? ReadFooter(string trimmed)
    {
        var m = KamerstukFooter().Match(trimmed);
        if (!m.Success)
            return null;
        int? page = m.Groups["page"].Success ? int.Parse(m.Groups["page"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
        return new KamerstukFooterFacts(
            m.Groups["chamber"].Value + " Kamer",
            m.Groups["from"].Value + "–" + m.Groups["to"].Value,
            m.Groups["chapter"].Success ? m.Groups["dossier"].Value + " " + m.Groups["chapter"].Value : m.Groups["dossier"].Value,
            int.Parse(m.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture),
            page);
    }
}

/// <summary>What a Kamerstuk page footer says about the document.</summary>
internal sealed record KamerstukFooterFacts(string Chamber, string Session, string Dossier, int Number, int? Page);
