namespace ParlQA.Sync.Monitoring;

/// <summary>The ministry of an office as the feed writes it: "minister van Financiën" → "Financiën".</summary>
public static class Ministries
{
    private static readonly string[] Prefixes = ["minister van ", "minister voor ", "staatssecretaris van ", "staatssecretaris voor ", "minister-president, minister van "];

    public static string Of(string office)
    {
        ArgumentNullException.ThrowIfNull(office);
        var text = office.Trim();
        foreach (var prefix in Prefixes.OrderByDescending(p => p.Length))
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return text[prefix.Length..].Trim();
        }
        return text;
    }

    /// <summary>Whether any of the offices is of a ministry whose name contains <paramref name="ministry"/> (case and accents as typed).</summary>
    public static bool Matches(IEnumerable<string> offices, string? ministry) =>
        string.IsNullOrWhiteSpace(ministry) || offices.Any(o => o.Contains(ministry.Trim(), StringComparison.OrdinalIgnoreCase));
}
