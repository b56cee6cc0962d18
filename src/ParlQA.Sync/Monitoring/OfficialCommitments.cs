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
/// words (at least three) in the other; each promise is linked once, the closest texts first.
/// </summary>
public static class OfficialCommitments
{
    /// <summary>Words shared at the least: "uw Kamer informeren" alone is in half the promises a ministry makes.</summary>
    private const int FewestSharedWords = 3;

    public static IReadOnlyList<OfficialCommitment> List(IOfficialRecord record, string? ministry = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        return [.. record.Toezeggingen(ministry).Where(t => t.Tekst is not null).Select(t => new OfficialCommitment(
            t.Id, t.Nummer, t.Tekst!, t.Naam is null ? t.Functie : t.Functie is null ? t.Naam : $"{t.Naam} ({t.Functie})", t.Ministerie, t.Status,
            OfficialDates.Local(t.Aanmaakdatum), OfficialDates.Local(t.DatumNakoming), t.KamerbriefNakoming))];
    }

    public static IReadOnlyList<SamePromise> Same(IEnumerable<RegisteredCommitment> detected, IEnumerable<OfficialCommitment> official)
    {
        var candidates = official.Select(o => (Commitment: o, Words: Words(o.Text))).ToList();
        var scored = new List<(RegisteredCommitment Ours, OfficialCommitment Theirs, double Overlap)>();
        foreach (var ours in detected)
        {
            var words = Words(ours.Text);
            scored.AddRange(candidates.Where(o => SameMinistry(ours.Ministry, o.Commitment.Ministry) && Close(ours.MadeOn, o.Commitment.MadeOn))
                .Select(o => (ours, o.Commitment, Overlap(words, o.Words))).Where(p => p.Item3 >= 0.5));
        }
        // One to one, the closest texts first: a second answer that shares some words gets no link another one has.
        var linkedOurs = new HashSet<long>();
        var linkedTheirs = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<SamePromise>();
        foreach (var (ours, theirs, _) in scored.OrderByDescending(p => p.Overlap))
        {
            if (linkedOurs.Contains(ours.Id) || linkedTheirs.Contains(theirs.Id))
                continue;
            linkedOurs.Add(ours.Id);
            linkedTheirs.Add(theirs.Id);
            pairs.Add(new SamePromise(ours.Id, theirs.Id));
        }
        return pairs;
    }

    /// <summary>"Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)" and "Ministerie van Onderwijs, Cultuur en Wetenschap" are one ministry.</summary>
    private static bool SameMinistry(string? ours, string? official)
    {
        if (ours is null || official is null)
            return false;
        var name = Plain(official);
        if (name.StartsWith("ministerie van ", StringComparison.Ordinal))
            name = name["ministerie van ".Length..];
        return name.Length > 0 && Plain(ours).Contains(name, StringComparison.Ordinal);
    }

    private static bool Close(DateOnly? a, DateOnly? b) => a is null || b is null || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= 60;

    /// <summary>The share of the shorter text's words that the other has too; 0 under three shared.</summary>
    private static double Overlap(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 || y.Count == 0)
            return 0;
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        int shared = shorter.Count(longer.Contains);
        return shared < FewestSharedWords ? 0 : shared / (double)shorter.Count;
    }

    /// <summary>Words of five letters or more, without accents, cut to their first six letters ("informeren" and "informeert", "uitkomsten" and "uitkomst").</summary>
    private static HashSet<string> Words(string text) =>
        [.. Plain(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string([.. w.Where(char.IsLetter)]))
            .Where(w => w.Length >= 5).Select(w => w.Length > 6 ? w[..6] : w)];

    /// <summary>Lower case without accents: "Financiën" and "Financien" are the same.</summary>
    private static string Plain(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark))
            .ToLowerInvariant();
}
