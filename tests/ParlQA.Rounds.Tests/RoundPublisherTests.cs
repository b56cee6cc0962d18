using ParlQA.Archive;
using ParlQA.Model;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Tests;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>Publishing: the round and its document together, or neither.</summary>
public sealed class RoundPublisherTests : IDisposable
{
    private readonly TestDatabase _place = TestDatabase.Sqlite();

    private RoundStore NewStore() => new(ArchiveDatabase.For(_place.Db, create: true));

    [Fact]
    public void Publish_StoresTheDocumentAsTheClerk()
    {
        var store = NewStore();
        var id = store.Add(rid => Answered() with { Id = rid }).Id;
        var stored = new List<(QaDocument Document, Actor By)>();

        var published = new RoundPublisher(store, (d, by) => stored.Add((d, by)), TimeProvider.System).Publish(id, Clerk);

        Assert.Equal(RoundState.Published, published.State);
        var (document, actor) = Assert.Single(stored);
        Assert.Equal((published.DocumentId, RoundPublisher.Via, Clerk.Id), (document.Id, actor.Via, actor.Account));
    }

    [Fact]
    public void Publish_WhenTheArchiveFails_LeavesTheRoundAsItWas_AndItCanBePublishedLater()
    {
        var store = NewStore();
        var id = store.Add(rid => Answered() with { Id = rid }).Id;
        var before = store.Find(id)!;

        Assert.Throws<ArchiveException>(() => new RoundPublisher(store, (_, _) => throw new ArchiveException("disk full"), TimeProvider.System).Publish(id, Clerk));

        var after = store.Find(id)!;
        Assert.Equal((RoundState.Answered, before.Version, before.History.Count), (after.State, after.Version, after.History.Count));
        Assert.Equal(RoundState.Published, new RoundPublisher(store, (_, _) => { }, TimeProvider.System).Publish(id, Clerk).State);
    }

    public void Dispose() => _place.Dispose();
}
