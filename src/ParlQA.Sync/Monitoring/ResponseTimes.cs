using ParlQA.Archive.Official;
using ParlQA.Sync.Documents;

namespace ParlQA.Sync.Monitoring;

/// <summary>How one ministry answered in one year: cases answered, the median days to answer, the share within three weeks, delay notices sent.</summary>
public sealed record ResponseFigures(string Ministry, int Year, int Answered, double? MedianDays, double? WithinThreeWeeks, int DelayNotices, int Open);

/// <summary>
/// Response times per ministry and year, from the Kamer's own record (filed = the case's gestartOp, answered = the first
/// answer document's datum); a case counts in the year it was filed, for each ministry it was put to.
/// </summary>
public static class ResponseTimes
{
    public static IReadOnlyList<ResponseFigures> Of(IOfficialRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rows = new List<(string Ministry, int Year, int? Days, bool Notice)>();
        foreach (var c in record.WrittenCases())
        {
            if (OfficialDates.Local(c.GestartOp) is not { } filed)
                continue;
            int? days = c.Answers.Select(OfficialDates.Local).OfType<DateOnly>().Select(a => a.DayNumber - filed.DayNumber).Where(d => d >= 0).Order().Cast<int?>().FirstOrDefault();
            foreach (var office in OfficialMetadata.Addressees(c.Actors).Select(Ministries.Of).Distinct(StringComparer.Ordinal))
                rows.Add((office, filed.Year, days, c.DelayNotices.Count > 0));
        }
        return [.. rows.GroupBy(r => (r.Ministry, r.Year))
            .OrderBy(g => g.Key.Ministry, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g =>
            {
                var days = g.Where(r => r.Days is not null).Select(r => r.Days!.Value).Order().ToList();
                return new ResponseFigures(g.Key.Ministry, g.Key.Year, days.Count, Median(days),
                    days.Count == 0 ? null : days.Count(d => d <= 21) / (double)days.Count, g.Count(r => r.Notice), g.Count(r => r.Days is null));
            })];
    }

    private static double? Median(List<int> sorted) =>
        sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
}
