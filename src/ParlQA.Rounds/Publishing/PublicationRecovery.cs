using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Completes publications a crash interrupted. Publishing marks the round published, then stores its document (two
/// transactions: the archive writes on a connection of its own); a server killed between the two leaves a published
/// round whose document never reached the archive. The round holds everything its document is made of, so the
/// document is made again and stored — rolled forward, never back. A document the archive held once and lost by a
/// deliberate removal is left removed.
/// </summary>
public static class PublicationRecovery
{
    /// <summary>The way such a document is recorded in its history.</summary>
    public const string Via = "round publication, completed after an interruption";

    /// <summary>Stores the missing documents; returns the rounds completed.</summary>
    public static IReadOnlyList<string> Complete(RoundStore store, IArchive archive)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(archive);
        var completed = new List<string>();
        foreach (var round in store.All())
        {
            if (round.State != RoundState.Published || round.DocumentId is not { } id || archive.History(id).Count > 0)
                continue;
            var clerk = round.History.LastOrDefault(h => h.Action == "publish")?.UserId;
            archive.Store([RoundDocument.From(round)], new Actor(Via, clerk));
            completed.Add(round.Id);
        }
        return completed;
    }
}
