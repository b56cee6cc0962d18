using ParlQA.Archive;
using ParlQA.Model;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Publishing a round, for pages, API and commands alike: the round is marked published (a step of the procedure,
/// in the store's own transaction), then its document goes into the archive. Should storing the document fail, the
/// round is put back as it was, so a round is never published without its document, and can be published again.
/// </summary>
/// <param name="store">Where the round is kept.</param>
/// <param name="archive">Stores the document in the archive, as the given actor (the web app passes its pooled archive).</param>
/// <param name="clock">The time the publication is recorded at.</param>
public sealed class RoundPublisher(RoundStore store, Action<QaDocument, Actor> archive, TimeProvider clock)
{
    /// <summary>What an archive records as the maker of a round's publication.</summary>
    public const string Via = "round publication";

    public Round Publish(string id, User clerk)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        Round? before = null;
        var published = store.Change(id, r => RoundProcedure.Publish(before = r, clerk, RoundDocument.IdOf(r), clock.GetUtcNow()));
        try
        {
            archive(RoundDocument.From(published), new Actor(Via, clerk.Id));
        }
        catch
        {
            store.Change(id, _ => before!);
            throw;
        }
        return published;
    }
}
