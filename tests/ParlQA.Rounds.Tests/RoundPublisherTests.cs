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

    [Fact]
    public void Publish_TheMinistersPromises_AreInTheCommitmentsRegister()
    {
        const string Promise = "Uw Kamer wordt hierover dit najaar nader geïnformeerd.";
        var round = Sent();
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [1], "Het kabinet beschikt niet over betrouwbare cijfers. " + Promise, null, [], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [2, 3], "De EU vraagt aandacht voor hun lot. " + Promise, null, [], Now);
        round = RoundProcedure.DraftAnswer(round, Officer, null, null, [4], "", 1, [], Now);
        foreach (var answer in round.Answers)
            round = RoundProcedure.Approve(round, Approver, answer.Id, answer.Version, Now);
        round = RoundProcedure.SendAnswers(round, Approver, Now.AddDays(20));
        var store = NewStore();
        var id = store.Add(rid => round with { Id = rid }).Id;
        using var archive = ArchiveOpener.Open(_place.Db);

        var published = new RoundPublisher(store, (d, by) => archive.Store([d], by), TimeProvider.System).Publish(id, Clerk);

        var registered = Assert.Single(archive.Commitments());
        Assert.Equal((published.DocumentId, Promise, "dit najaar"), (registered.DocumentId, registered.Text, registered.DueHint));
        Assert.Equal(["a1", "a2"], registered.AnswerIds);
    }

    public void Dispose() => _place.Dispose();
}
