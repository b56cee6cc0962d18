using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Enrichment;

/// <summary>Dates as Dutch documents print them: "17 juni 2020", "1 januari 2017".</summary>
internal static partial class DutchDates
{
    public static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    /// <summary>The pattern of one printed date, for use inside other patterns.</summary>
    public const string PatternText = @"\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}";

    public static int MonthNumber(string name) => Array.FindIndex(MonthNames, m => m.Equals(name, StringComparison.OrdinalIgnoreCase)) + 1;

    /// <summary>Reads the first date in <paramref name="text"/>; null when there is none or it does not exist.</summary>
    public static DateOnly? Find(string? text)
    {
        if (text is null)
            return null;
        var m = DatePattern().Match(text);
        if (!m.Success)
            return null;
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int month = MonthNumber(m.Groups["m"].Value);
        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) && day >= 1 ? new DateOnly(year, month, day) : null;
    }
}
