using ParlQA.Archive.Official;
using ParlQA.Model;
using ParlQA.Sync.Documents;

namespace ParlQA.Sync.Monitoring;

/// <summary>A written-question case still without an answer past its term.</summary>
public sealed record OverdueCase(string CaseNumber, string? Subject, IReadOnlyList<Member> AskedBy, IReadOnlyList<string> Addressees,
    DateOnly SubmittedOn, int DaysOpen, DelayNotice? DelayNotice);

/// <summary>The date of the notice that the answer will be late.</summary>
public sealed record DelayNotice(DateOnly Date);

/// <summary>
/// The written questions still unanswered more than a term after they were filed: the Reglement van Orde gives a minister
/// three weeks; a later answer should be announced by a delay notice. Answered cases and other kinds of case never appear.
/// </summary>
public static class Overdue
{
    public const int DefaultWeeks = 3;

    /// <summary>Oldest first; <paramref name="ministry"/> narrows to addressees containing it, <paramref name="party"/> to cases a member of it asked.</summary>
    public static IReadOnlyList<OverdueCase> List(IOfficialRecord record, DateOnly today, int weeks = DefaultWeeks, string? ministry = null, string? party = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        var filedBy = today.AddDays(-7 * weeks - 1);
        return [.. record.Unanswered(filedBy)
            .Select(c => (Case: c, Filed: OfficialDates.Local(c.GestartOp)))
            .Where(c => c.Case.Nummer is not null && c.Filed is not null)
            .Select(c => new OverdueCase(c.Case.Nummer!, c.Case.Onderwerp, OfficialMetadata.AskedBy(c.Case.Actors), OfficialMetadata.Addressees(c.Case.Actors),
                c.Filed!.Value, today.DayNumber - c.Filed.Value.DayNumber,
                c.Case.DelayNotices.Select(OfficialDates.Local).OfType<DateOnly>().Select(d => new DelayNotice(d)).LastOrDefault()))
            .Where(c => Ministries.Matches(c.Addressees, ministry))
            .Where(c => string.IsNullOrWhiteSpace(party) || c.AskedBy.Any(m => string.Equals(m.Party, party.Trim(), StringComparison.OrdinalIgnoreCase)))];
    }
}
