using ParlQA.Reading.Layout;

namespace ParlQA.Reading;

/// <summary>Document ids: the official one where the document carries it, else a slug of the content hash.</summary>
internal static class DocumentIds
{
    /// <summary>"35 207" nr. 34 → <c>kst-35207-34</c>; "34 300 V" nr. 22 → <c>kst-34300-V-22</c>.</summary>
    public static string? Official(KamerstukFooterFacts? footer)
    {
        if (footer is null)
            return null;
        var parts = footer.Dossier.Split(' ', '-');
        var digits = string.Concat(parts.TakeWhile(p => p.All(char.IsDigit)));
        var suffix = string.Join("-", parts.SkipWhile(p => p.All(char.IsDigit)));
        var dossier = suffix.Length == 0 ? digits : digits + "-" + suffix;
        return ("kst-" + dossier + "-" + footer.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A list ParlQA published from a question round prints its archive id as a stamp ("pq-r12"), as the Kamer prints "kst-35207-34".</summary>
    public static string? Published(IEnumerable<string> furniture) => furniture.Select(f => PageFurniture.ReadRoundStamp(f.Trim())).FirstOrDefault(id => id is not null);

    public static string FromHash(string sha256) => "doc-" + sha256[..12];
}
