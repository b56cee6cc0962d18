using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>The store under concurrent use: nothing lost, numbering unique and without gaps.</summary>
public sealed class RoundStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parlqa-rounds-{Guid.NewGuid():N}.db");

    [Fact]
    public void Round_StoredAndFoundAgain_Whole()
    {
        var store = new RoundStore(_path);
        var round = store.Add(id => RoundProcedure.Create(id, Spec, Clerk, Now));
        store.Change(round.Id, r => RoundProcedure.Open(r, Clerk, Now));

        var found = new RoundStore(_path).Find(round.Id)!;

        Assert.Equal("r1", found.Id);
        Assert.Equal(RoundState.Open, found.State);
        Assert.Equal(Spec.Ministers, found.Ministers);
        Assert.Equal(["create", "open"], found.History.Select(h => h.Action));
    }

    [Fact]
    public async Task HundredMembersSubmittingAtOnce_EveryQuestionStored_IdsUniqueWithoutGaps()
    {
        var store = new RoundStore(_path);
        var round = store.Add(id => RoundProcedure.Open(RoundProcedure.Create(id, Spec, Clerk, Now), Clerk, Now));
        var members = Enumerable.Range(1, 100).Select(i => new User($"m{i}", $"Lid {i}", Role.Member, Committee: Committee, Party: "X")).ToList();

        await Task.WhenAll(members.Select(m => Task.Run(() =>
            new RoundStore(_path).Change(round.Id, r => RoundProcedure.Submit(r, m, $"Vraag van {m.Name}?", [], Now)), TestContext.Current.CancellationToken)));

        var stored = store.Find(round.Id)!;
        Assert.Equal(100, stored.Questions.Count);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"s{i}"), stored.Questions.Select(q => q.Id));
        Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), stored.Questions.Select(q => q.MemberId).Order(StringComparer.Ordinal));
        Assert.Equal(102, stored.Version);
    }

    [Fact]
    public void TwoOfficersEditingOneAnswer_TheSecondSaveIsRefused_NothingLost()
    {
        var store = new RoundStore(_path);
        var round = store.Add(id => RoundProcedure.Create(id, Spec, Clerk, Now));
        store.Change(round.Id, _ => Sent() with { Id = round.Id });
        store.Change(round.Id, r => RoundProcedure.DraftAnswer(r, Officer, null, null, [1], "Concept.", null, [], Now));
        var seenByBoth = store.Find(round.Id)!.Answers[0].Version;

        store.Change(round.Id, r => RoundProcedure.DraftAnswer(r, Officer, "a1", seenByBoth, [1], "Tekst van de eerste.", null, [], Now));
        var conflict = Assert.Throws<RoundException>(() =>
            store.Change(round.Id, r => RoundProcedure.DraftAnswer(r, OtherOfficer, "a1", seenByBoth, [1], "Tekst van de tweede.", null, [], Now)));

        Assert.Equal(RefusalKind.Conflict, conflict.Refusal.Kind);
        Assert.Equal(2, conflict.CurrentVersion);
        Assert.Equal("Tekst van de eerste.", store.Find(round.Id)!.Answers[0].Text);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }
}
