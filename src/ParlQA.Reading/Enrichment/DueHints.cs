using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// When a commitment is due, as written ("dit najaar", "voor de zomer", "in het derde kwartaal van 2021"),
/// and the latest date that hint allows, read against the date of the answer.
/// </summary>
internal static partial class DueHints
{
    [GeneratedRegex(@"\b(?:(?<rel>dit|deze|komend|komende|volgend|volgende)\s+(?<season>voorjaar|najaar|zomer|winter|herfst|lente)|(?<before>vóór|voor|na)\s+(?:de|het)\s+(?<event>zomer(?:reces)?|kerstreces|jaarwisseling|einde\s+van\s+(?:dit|het)\s+jaar)|(?<edge>eind|einde|begin|medio)\s+(?<span>dit\s+jaar|volgend\s+jaar|\d{4}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|in\s+het\s+(?<q>eerste|tweede|derde|vierde|laatste)\s+kwartaal(?:\s+van\s+(?<qy>\d{4}))?|(?:vóór|voor|in|uiterlijk|eind)\s+(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+(?<my>\d{4}))?|(?<soon>op\s+korte\s+termijn|binnenkort|zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk)|(?:in|vóór|voor)\s+(?<year>20\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hint();

    /// <summary>Months after which "soon" is taken to be overdue.</summary>
    private const int SoonMonths = 3;

    public static (string? Hint, DateOnly? Due) Find(string sentence, DateOnly? reference)
    {
        var m = Hint().Match(sentence);
        if (!m.Success)
            return (null, null);
        return (m.Value, reference is { } date ? Estimate(m, date) : null);
    }

    private static DateOnly? Estimate(Match m, DateOnly r)
    {
        if (m.Groups["season"].Success)
        {
            var (month, day) = SeasonEnd(m.Groups["season"].Value.ToLowerInvariant());
            bool next = m.Groups["rel"].Value.ToLowerInvariant() is "komend" or "komende" or "volgend" or "volgende";
            var due = new DateOnly(r.Year, month, day);
            if (month < 6 && r.Month > 6)
                due = due.AddYears(1); // winter ends in March of the next year
            return next || due < r ? due.AddYears(1) : due;
        }
        if (m.Groups["event"].Success)
        {
            var ev = m.Groups["event"].Value.ToLowerInvariant();
            bool after = m.Groups["before"].Value.Equals("na", StringComparison.OrdinalIgnoreCase);
            var due = ev.StartsWith("zomer", StringComparison.Ordinal)
                ? (after ? new DateOnly(r.Year, 10, 31) : new DateOnly(r.Year, 7, 1))
                : ev.StartsWith("kerst", StringComparison.Ordinal) ? new DateOnly(r.Year, 12, 20)
                : after ? new DateOnly(r.Year + 1, 3, 31) : new DateOnly(r.Year, 12, 31);
            return due < r ? due.AddYears(1) : due;
        }
        if (m.Groups["edge"].Success)
        {
            var span = m.Groups["span"].Value.ToLowerInvariant();
            var edge = m.Groups["edge"].Value.ToLowerInvariant();
            int year = span.StartsWith("volgend", StringComparison.Ordinal) ? r.Year + 1
                : int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : r.Year;
            int month = DutchDates.MonthNumber(span);
            if (month > 0)
            {
                var inMonth = edge == "begin" ? new DateOnly(r.Year, month, 10) : edge == "medio" ? new DateOnly(r.Year, month, 20) : EndOfMonth(r.Year, month);
                return inMonth < r ? inMonth.AddYears(1) : inMonth;
            }
            return edge switch { "begin" => new DateOnly(year, 3, 31), "medio" => new DateOnly(year, 7, 31), _ => new DateOnly(year, 12, 31) };
        }
        if (m.Groups["q"].Success)
        {
            int quarter = m.Groups["q"].Value.ToLowerInvariant() switch { "eerste" => 1, "tweede" => 2, "derde" => 3, _ => 4 };
            int year = m.Groups["qy"].Success ? int.Parse(m.Groups["qy"].ValueSpan, CultureInfo.InvariantCulture) : r.Year;
            var due = EndOfMonth(year, quarter * 3);
            return !m.Groups["qy"].Success && due < r ? due.AddYears(1) : due;
        }
        if (m.Groups["month"].Success)
        {
            int month = DutchDates.MonthNumber(m.Groups["month"].Value);
            if (m.Groups["my"].Success)
                return EndOfMonth(int.Parse(m.Groups["my"].ValueSpan, CultureInfo.InvariantCulture), month);
            var due = EndOfMonth(r.Year, month);
            return due < r ? due.AddYears(1) : due;
        }
        if (m.Groups["soon"].Success)
            return r.AddMonths(SoonMonths);
        if (m.Groups["year"].Success)
            return new DateOnly(int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), 12, 31);
        return null;
    }

    /// <summary>Astronomical season ends: spring to 20 June, summer to 22 September, autumn to 21 December, winter to 20 March.</summary>
    private static (int Month, int Day) SeasonEnd(string season) => season switch
    {
        "voorjaar" or "lente" => (6, 20),
        "zomer" => (9, 22),
        "najaar" or "herfst" => (12, 21),
        _ => (3, 20),
    };

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
