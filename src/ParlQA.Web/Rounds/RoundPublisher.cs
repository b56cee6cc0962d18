using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Rounds;

/// <summary>
/// Publishing a round, for pages and API alike: the round is marked published in its own transaction, then its
/// document goes into the archive (another connection to the same file: it cannot happen inside the round's
/// write lock). Should storing fail, the round is put back as it was, so it is never published without its document.
/// </summary>
public sealed class RoundPublisher(RoundStore store, ArchivePool archives, ArchiveService archive, TimeProvider clock)
{
    public Round Publish(string id, User clerk)
    {
        Round? before = null;
        var published = store.Change(id, r => RoundProcedure.Publish(before = r, clerk, RoundDocument.IdOf(r), clock.GetUtcNow()));
        try
        {
            archives.Use(a => a.Store([RoundDocument.From(published)], new ParlQA.Archive.Actor("round publication", clerk.Id)));
        }
        catch
        {
            store.Change(id, _ => before!);
            throw;
        }
        archive.Changed();
        return published;
    }

    /// <summary>The HTTP status of a refusal: 403 role, 409 state or stale version, 404 unknown, 400 input.</summary>
    public static int StatusOf(RoundException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Refusal.Kind switch
        {
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.WrongState or RefusalKind.Conflict or RefusalKind.Inconsistent => StatusCodes.Status409Conflict,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
    }
}
