using System.Globalization;

namespace ParlQA.Sync.Monitoring;

/// <summary>Dates as the feed writes them, read as the local dates they are.</summary>
public static class OfficialDates
{
    /// <summary>"2024-06-03T00:00:00+02:00" is 3 June: the date as written, never converted to UTC first.</summary>
    public static DateOnly? Local(string? written) =>
        written is { Length: >= 10 } && DateOnly.TryParseExact(written[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
