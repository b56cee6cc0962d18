using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Tests;
using static ParlQA.Rounds.Tests.Scenario;

namespace ParlQA.Rounds.Tests;

/// <summary>
/// Rounds, accounts and the audit log in the archive's database, one suite for both engines: nothing lost under
/// concurrent use, numbering unique and without gaps, every administrative change audited, and several servers
/// over one database seeing the same rounds and accounts.
/// </summary>
public abstract class RoundStorageSuite : IDisposable
{
    private readonly List<TestDatabase> _places = [];
    private TestDatabase? _place;
    private RoundStore? _store;

    /// <summary>A fresh place for an archive on the engine under test (skips the test when the engine is not there).</summary>
    private protected abstract TestDatabase NewPlace();

    private TestDatabase Place => _place ??= Keep(NewPlace());

    private TestDatabase Keep(TestDatabase place)
    {
        _places.Add(place);
        return place;
    }

    private RoundStore Store => _store ??= new RoundStore(ArchiveDatabase.For(Place.Db, create: true));

    private AccountStore Accounts => new(Store);

    /// <summary>Another server over the same database.</summary>
    private RoundStore OtherServer() => new(ArchiveDatabase.For(Place.Db));

    private static readonly Actor Admin = new("admin page", "admin");

    [Fact]
    public void Round_StoredAndFoundAgain_WholeOnAnotherServer()
    {
        var round = Store.Add(id => RoundProcedure.Create(id, Spec, Clerk, Now));
        Store.Change(round.Id, r => RoundProcedure.Open(r, Clerk, Now));

        var found = OtherServer().Find(round.Id)!;

        Assert.Equal("r1", found.Id);
        Assert.Equal(RoundState.Open, found.State);
        Assert.Equal(Spec.Ministers, found.Ministers);
        Assert.Equal(["create", "open"], found.History.Select(h => h.Action));
        Assert.Equal([round.Id], OtherServer().All().Select(r => r.Id));
    }

    [Fact]
    public async Task HundredMembersSubmittingAtOnceThroughFourServers_EveryQuestionStored_IdsUniqueWithoutGaps()
    {
        var round = Store.Add(id => RoundProcedure.Open(RoundProcedure.Create(id, Spec, Clerk, Now), Clerk, Now));
        var servers = Enumerable.Range(0, 4).Select(_ => OtherServer()).ToList();
        var members = Enumerable.Range(1, 100).Select(i => new User($"m{i}", $"Lid {i}", Role.Member, Committee: Committee, Party: "X")).ToList();

        await Task.WhenAll(members.Select((m, i) => Task.Run(() =>
            servers[i % servers.Count].Change(round.Id, r => RoundProcedure.Submit(r, m, $"Vraag van {m.Name}?", [], Now)), TestContext.Current.CancellationToken)));

        var stored = Store.Find(round.Id)!;
        Assert.Equal(100, stored.Questions.Count);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"s{i}"), stored.Questions.Select(q => q.Id));
        Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), stored.Questions.Select(q => q.MemberId).Order(StringComparer.Ordinal));
        Assert.Equal(102, stored.Version);
    }

    [Fact]
    public async Task RoundsAddedAtOnce_GetIdsUniqueWithoutGaps()
    {
        Assert.Empty(Store.All());
        var servers = Enumerable.Range(0, 3).Select(_ => OtherServer()).ToList();

        var added = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            servers[i % servers.Count].Add(id => RoundProcedure.Create(id, Spec, Clerk, Now)), TestContext.Current.CancellationToken)));

        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"r{i}").Order(StringComparer.Ordinal), added.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(12, Store.All().Count);
    }

    [Fact]
    public void AStepRefused_ChangesNothing()
    {
        var round = Store.Add(id => RoundProcedure.Create(id, Spec, Clerk, Now));

        var refused = Assert.Throws<RoundException>(() => Store.Change(round.Id, r => RoundProcedure.Open(r, Member, Now)));

        Assert.Equal(RefusalKind.Forbidden, refused.Refusal.Kind);
        Assert.Equal(RoundState.Draft, Store.Find(round.Id)!.State);
        Assert.Equal(RefusalKind.NotFound, Assert.Throws<RoundException>(() => Store.Change("r99", r => r)).Refusal.Kind);
    }

    [Fact]
    public void Account_TokenAndPassword_FoundOnAnotherServer()
    {
        var token = Accounts.Add(Clerk, Passwords.Hash(Clerk, "geheim-wachtwoord"), Admin);

        var accounts = new AccountStore(OtherServer());

        Assert.Equal(Clerk, accounts.FindByToken(token));
        Assert.True(Passwords.Verify(Clerk, accounts.FindById(Clerk.Id)!.PasswordHash!, "geheim-wachtwoord"));
        Assert.Null(accounts.FindByToken("not-a-token"));
        Assert.Equal(RefusalKind.Conflict, Assert.Throws<RoundException>(() => accounts.Add(Clerk)).Refusal.Kind);
    }

    [Fact]
    public void Account_Disabled_CannotSignInOrUseItsToken_UntilEnabled()
    {
        var token = Accounts.Add(Clerk, Passwords.Hash(Clerk, "geheim-wachtwoord"), Admin);
        var stamp = Accounts.Get(Clerk.Id)!.SecurityStamp;

        Assert.True(Accounts.Disable(Clerk.Id, Admin));
        Assert.False(Accounts.Disable(Clerk.Id, Admin));

        Assert.Null(Accounts.FindByToken(token));
        Assert.Null(Accounts.FindById(Clerk.Id));
        Assert.True(Accounts.Get(Clerk.Id)!.Disabled);
        Assert.NotEqual(stamp, Accounts.Get(Clerk.Id)!.SecurityStamp);
        Assert.True(Accounts.Enable(Clerk.Id, Admin));
        Assert.Equal(Clerk, Accounts.FindByToken(token));
        stamp = Accounts.FindById(Clerk.Id)!.SecurityStamp;
        Accounts.NewSecurityStamp(Clerk.Id);
        Assert.NotEqual(stamp, Accounts.FindById(Clerk.Id)!.SecurityStamp);
    }

    [Fact]
    public void Account_TokenRotated_OldStopsNewWorks_PasswordReset_OldRefused()
    {
        var old = Accounts.Add(Clerk, Passwords.Hash(Clerk, "eerste-wachtwoord"), Admin);

        var rotated = Accounts.RotateToken(Clerk.Id, Admin);
        Accounts.SetPassword(Clerk.Id, Passwords.Hash(Clerk, "tweede-wachtwoord"), Admin);

        Assert.Null(Accounts.FindByToken(old));
        Assert.Equal(Clerk, Accounts.FindByToken(rotated));
        var hash = Accounts.FindById(Clerk.Id)!.PasswordHash!;
        Assert.False(Passwords.Verify(Clerk, hash, "eerste-wachtwoord"));
        Assert.True(Passwords.Verify(Clerk, hash, "tweede-wachtwoord"));
    }

    [Fact]
    public void Account_Removed_IsGone_AndItsIdIsNotGivenAgain()
    {
        var token = Accounts.Add(Clerk, null, Admin);
        Accounts.Add(Member, null, Admin);

        Accounts.Remove(Clerk.Id, Admin);

        Assert.Null(Accounts.FindByToken(token));
        Assert.Null(Accounts.Get(Clerk.Id));
        Assert.Equal([Member.Id], Accounts.List().Select(a => a.User.Id));
        var again = Assert.Throws<RoundException>(() => Accounts.Add(Clerk with { Name = "Iemand anders" }));
        Assert.StartsWith("the account 'clerk' was removed on ", again.Message, StringComparison.Ordinal);
        Assert.Equal(RefusalKind.NotFound, Assert.Throws<RoundException>(() => Accounts.Disable(Clerk.Id, Admin)).Refusal.Kind);
    }

    [Fact]
    public void TheLastAdministrator_CannotBeDisabledOrRemoved_AnotherCan()
    {
        Accounts.Add(Administrator, null, Admin);

        Assert.Equal("'admin' is the last administrator: make another one first", Assert.Throws<RoundException>(() => Accounts.Disable(Administrator.Id, Admin)).Message);
        Assert.Equal(RefusalKind.Conflict, Assert.Throws<RoundException>(() => Accounts.Remove(Administrator.Id, Admin)).Refusal.Kind);
        Accounts.Add(Administrator with { Id = "admin-2" }, null, Admin);
        Assert.True(Accounts.Disable(Administrator.Id, Admin));
        Assert.Throws<RoundException>(() => Accounts.Remove("admin-2", Admin));
    }

    [Fact]
    public void EveryAdministrativeChange_IsInTheAuditLog_NewestFirst_WithWhoDidIt()
    {
        Accounts.Add(Clerk, null, Admin);
        Accounts.Disable(Clerk.Id, Admin);
        Accounts.Enable(Clerk.Id, Actor.Local("users enable"));
        Accounts.SetPassword(Clerk.Id, Passwords.Hash(Clerk, "geheim-wachtwoord"), Admin);
        Accounts.RotateToken(Clerk.Id, Admin);
        Accounts.Remove(Clerk.Id, Admin);

        var log = new AuditLog(Store.Database).Recent();

        Assert.Equal(["account.remove", "account.rotate-token", "account.reset-password", "account.enable", "account.disable", "account.add"], log.Select(r => r.Action));
        Assert.All(log, r => Assert.Equal(Clerk.Id, r.Target));
        Assert.Equal(new Actor("users enable", "os:" + Environment.UserName), log[3].By);
        Assert.Equal("Konings (Clerk, vaste commissie voor Buitenlandse Zaken)", log[0].Detail);
        Assert.Equal(["account.add"], new AuditLog(Store.Database).Recent(10, before: log[4].Id).Select(r => r.Action));
    }

    [Fact]
    public void PublishedRoundWhoseDocumentACrashKeptOut_IsFoundByTheCheck_AndCompletedOnce()
    {
        var round = Store.Add(id => Answered() with { Id = id });
        // Marked published, and then the server was killed before the document was stored.
        Store.Change(round.Id, r => RoundProcedure.Publish(r, Clerk, RoundDocument.IdOf(r), Now));
        using var archive = ArchiveOpener.Open(Place.Db);
        bool Ever(string id) => archive.History(id).Count > 0;

        Assert.Equal($"round {round.Id}: published, but its document pq-{round.Id} never reached the archive (a server start completes it)",
            RoundCheck.Run(Store, Ever).Problems.Single());
        Assert.Equal([round.Id], PublicationRecovery.Complete(Store, archive));

        Assert.Equal(RoundDocument.From(Store.Find(round.Id)!).Questions.Count, archive.Find("pq-" + round.Id)!.Questions.Count);
        Assert.Equal(new Actor(PublicationRecovery.Via, Clerk.Id), archive.History("pq-" + round.Id).Single().By);
        Assert.Empty(RoundCheck.Run(Store, Ever).Problems);
        Assert.Empty(PublicationRecovery.Complete(Store, archive));
        archive.Remove("pq-" + round.Id, Actor.Local("test"), "withdrawn");
        Assert.Empty(PublicationRecovery.Complete(Store, archive));
        Assert.Null(archive.Find("pq-" + round.Id));
    }

    [Fact]
    public void RoundCheck_ColumnsThatDisagreeWithTheJson_AreAProblem()
    {
        var round = Store.Add(id => RoundProcedure.Create(id, Spec, Clerk, Now));
        Store.Database.Write((c, t) => Sql.Run(c, t, "UPDATE rounds SET state = 'Published' WHERE id = @id", ("@id", round.Id)));

        var report = RoundCheck.Run(Store, _ => true);

        Assert.Equal((1, $"round {round.Id}: its columns (state Published, version 1) disagree with its JSON (state Draft, version 1)"), (report.Rounds, report.Problems.Single()));
    }

    [Fact]
    public void ReadingAnArchiveThatIsNotThere_MakesNone()
    {
        var nowhere = Keep(NewPlace());

        var error = Assert.Throws<ArchiveException>(() => new RoundStore(ArchiveDatabase.For(nowhere.Db)));

        Assert.EndsWith(": " + ArchiveOpener.NoArchive, error.Message, StringComparison.Ordinal);
        Assert.Throws<ArchiveException>(() => ArchiveDatabase.For(nowhere.Db));
    }

    public void Dispose()
    {
        foreach (var place in _places)
            place.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteRoundStorageTests : RoundStorageSuite
{
    private protected override TestDatabase NewPlace() => TestDatabase.Sqlite();
}

public sealed class PostgresRoundStorageTests : RoundStorageSuite
{
    private protected override TestDatabase NewPlace() => TestDatabase.Postgres();
}
