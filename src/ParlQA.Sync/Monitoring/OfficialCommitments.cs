using ParlQA.Archive;
using ParlQA.Archive.Official;

namespace ParlQA.Sync.Monitoring;

/// <summary>A commitment as the Kamer's staff recorded it (Toezegging), for the register beside the ones ParlQA finds in answers.</summary>
public sealed record OfficialCommitment(string Id, string? Number, string Text, string? PromisedBy, string? Ministry, string? Status,
    DateOnly? MadeOn, DateOnly? DueOn, string? FulfilledBy)
{
    /// <summary>The register's statuses: fulfilled ("Voldaan", "Deels voldaan"), lapsed ("Vervallen"), overdue or open.</summary>
    public string RegisterStatus(DateOnly today) => Status switch
    {
        "Voldaan" or "Deels Voldaan" or "Deels voldaan" => "fulfilled",
        "Vervallen" => "lapsed",
        _ => DueOn is { } due && due < today ? "overdue" : "open",
    };
}

/// <summary>One of ours and an official one that are the same promise.</summary>
public sealed record SamePromise(long DetectedId, string OfficialId);

/// <summary>
/// The official side of the commitments register: the Kamer's Toezeggingen, and which of them are the same promise as one
/// ParlQA found in an answer — the same ministry, made within two months of each other, and most of the shorter text's
/// words in the other.
/// </summary>
public static class OfficialCommitments
{
    public static IReadOnlyList<OfficialCommitment> List(IOfficialRecord record, string? ministry = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Toezeggingen(ministry).Where(t => t.Tekst is not null).Select(t => new OfficialCommitment(
            t.Id, t.Nummer, t.Tekst!, t.Naam is null ? t.Functie : t.Functie is null ? t.Naam : $"{t.Naam} ({t.Functie})", t.Ministerie, t.Status,
            OfficialDates.Local(t.Aanmaakdatum), OfficialDates.Local(t.DatumNakoming), t.KamerbriefNakoming))];
    }

    public static IReadOnlyList<SamePromise> Same(IEnumerable<RegisteredCommitment> detected, IEnumerable<OfficialCommitment> official)
    {
        var candidates = official.ToList();
        var pairs = new List<SamePromise>();
        foreach (var ours in detected)
        {
            var match = candidates.Where(o => SameMinistry(ours.Ministry, o.Ministry) && Close(ours.MadeOn, o.MadeOn))
                .Select(o => (o, Overlap(ours.Text, o.Text))).Where(p => p.Item2 >= 0.5).OrderByDescending(p => p.Item2).Select(p => p.o).FirstOrDefault();
            if (match is not null)
                pairs.Add(new SamePromise(ours.Id, match.Id));
        }
        return pairs;
    }

    private static bool SameMinistry(string? ours, string? official) =>
        ours is not null && official is not null && ours.Contains(official, StringComparison.OrdinalIgnoreCase);

    private static bool Close(DateOnly? a, DateOnly? b) => a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= 60;

    /// <summary>The share of the shorter text's words (of five letters or more) that the other has too.</summary>
    internal static double Overlap(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
            return 0;
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        return shorter.Count(longer.Contains) / (double)shorter.Count;
    }

    private static HashSet<string> Words(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()).Where(w => w.Length >= 5)];
}
