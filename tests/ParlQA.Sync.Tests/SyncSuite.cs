using ParlQA.Archive;
using ParlQA.Archive.Official;
using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Sync.Feed;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Sync.Tests;

/// <summary>
/// A whole sync against a local feed of hand-written pages, on each engine: what the archive holds afterwards, what a
/// later run changes, and that a run with nothing new changes nothing.
/// </summary>
public abstract class SyncSuite : IAsyncLifetime
{
    protected LocalFeed Feed { get; private set; } = null!;

    /// <summary>The --db value of a new, empty archive of the engine under test (the test is skipped without the engine).</summary>
    protected abstract string NewDatabase();

    protected virtual void Cleanup()
    {
    }

    private string? _db;

    protected string Db => _db ??= NewDatabase();

    public async ValueTask InitializeAsync()
    {
        Feed = await LocalFeed.Start();
        FeedWorld.Publish(Feed, FeedWorld.FirstRun);
    }

    public async ValueTask DisposeAsync()
    {
        await Feed.DisposeAsync();
        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected async Task<SyncSummary> Sync(SyncOptions? options = null)
    {
        using var archive = ArchiveOpener.Open(Db, create: true);
        using var record = ArchiveOpener.OpenOfficial(Db, create: true);
        using var client = new FeedClient(Feed.Origin, new FeedClientOptions { BaseDelay = TimeSpan.FromMilliseconds(10) });
        return await new SyncRun(archive, record, client, options).Run(TestContext.Current.CancellationToken);
    }

    protected T WithArchive<T>(Func<IArchive, T> read)
    {
        using var archive = ArchiveOpener.Open(Db);
        return read(archive);
    }

    protected T WithRecord<T>(Func<IOfficialRecord, T> read)
    {
        using var record = ArchiveOpener.OpenOfficial(Db);
        return read(record);
    }

    private string Export() => WithArchive(a => string.Join("\n", a.All().Select(d => QaJson.Serialize(d, indented: false))));

    [Fact]
    public async Task FirstRun_ReadsEveryPageOfEveryCategory()
    {
        var summary = await Sync();

        Assert.True(summary.FeedComplete);
        var zaak = summary.Categories.Single(c => c.Category == "Zaak");
        Assert.Equal((4, 8), (zaak.Pages, zaak.Entities));   // eight cases, two a page
        Assert.Equal(9, summary.Categories.Single(c => c.Category == "ZaakActor").Pages);
        var cursor = WithRecord(r => r.Cursor("Zaak"))!;
        Assert.Equal("1008", cursor.Skiptoken);
        Assert.Null(cursor.LastError);
        Assert.NotNull(cursor.LastRun);
    }

    [Fact]
    public async Task FirstRun_KeepsTheFeedsPeoplePartiesAndDatesInTheDocumentJson()
    {
        await Sync();

        var answer = WithArchive(a => a.Find("ah-tk-20232024-1314"))!;
        Assert.Equal([new Member("Mutluer", "GroenLinks-PvdA"), new Member("Kostić", "PvdD")], answer.AskedBy);
        Assert.Equal(["minister van Onderwijs, Cultuur en Wetenschap"], answer.Addressees);
        Assert.Equal((new DateOnly(2024, 3, 6), new DateOnly(2024, 3, 25)), (answer.SubmittedOn, answer.AnsweredOn));
        Assert.Equal(new OfficialSource
        {
            CaseNumber = "2024Z03456", DocumentNumber = "2024D12345", Kind = OfficialKinds.Answer,
            Url = "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1314.html",
            FileUrl = $"https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/{FeedWorld.Document(2)}",
        }, answer.Official);
        Assert.Equal(4, answer.Questions.Count);
        Assert.DoesNotContain(answer.Diagnostics, d => d.Code == "official-differs");
    }

    [Fact]
    public async Task FirstRun_GivesEachDocumentItsOwnId_QuestionsHoldQuestionsOnly()
    {
        await Sync();

        var ids = WithArchive(a => a.All().Select(d => d.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["ah-tk-20232024-1314", "kst-35207-34", "kv-tk-2023Z14759-antwoord", "kv-tk-2023Z14759-uitstel", "kv-tk-2024Z03456",
            "kv-tk-2024Z06666-antwoord", "kv-tk-2024Z07777-antwoord", "kv-tk-2024Z08888-antwoord", "kv-tk-2024Z09999-uitstel"], ids);
        var questions = WithArchive(a => a.Find("kv-tk-2024Z03456"))!;
        Assert.Equal((3, 0), (questions.Questions.Count, questions.Answers.Count));
        Assert.All(questions.Questions, q => Assert.Null(q.AnswerId));
        Assert.Equal("https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2024Z03456&did=2024D09001", questions.Official!.Url);
    }

    [Fact]
    public async Task FirstRun_NeverDownloadsTheFileOfAnotherKind()
    {
        await Sync();

        Assert.DoesNotContain(Feed.Requests, r => r.Path.Contains(FeedWorld.Letter, StringComparison.Ordinal));
        Assert.Contains(Feed.Requests, r => r.Path.Contains(FeedWorld.Document(2), StringComparison.Ordinal));
    }

    [Fact]
    public async Task FirstRun_UnreadableFilesStayAsMetadataWithTheReason_ADelayNoticeIsNoError()
    {
        var summary = await Sync();

        string Reason(string id) => WithArchive(a => a.Find(id))!.Diagnostics.Single(d => d.Code == "file-unreadable").Message;
        Assert.StartsWith("the file could not be read: corrupt PDF", Reason("kv-tk-2024Z07777-antwoord"), StringComparison.Ordinal);
        Assert.Equal("the file could not be read: zip bomb: the Word document unpacks to 300 MB (limit 256 MB)", Reason("kv-tk-2024Z08888-antwoord"));
        Assert.Equal($"the file could not be read: {Feed.Origin}SyncFeed/2.0/Resources/{FeedWorld.Document(8)}: not found (404)", Reason("kv-tk-2024Z06666-antwoord"));
        Assert.Equal(["kv-tk-2024Z06666-antwoord", "kv-tk-2024Z07777-antwoord", "kv-tk-2024Z08888-antwoord"], summary.Unreadable.Select(u => u.Id).Order(StringComparer.Ordinal));
        var notice = WithArchive(a => a.Find("kv-tk-2023Z14759-uitstel"))!;
        Assert.Empty(notice.Questions);
        Assert.DoesNotContain(notice.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("Mededeling van de minister van Landbouw", notice.Notice!.Text, StringComparison.Ordinal);
        var broken = WithArchive(a => a.Find("kv-tk-2024Z07777-antwoord"))!;
        Assert.Equal([new Member("Mutluer", "GroenLinks-PvdA")], broken.AskedBy);
    }

    [Fact]
    public async Task FirstRun_TheFilesOwnHeaderDisagreeing_IsADiagnosticAndTheRecordIsKept()
    {
        await Sync();

        var letter = WithArchive(a => a.Find("kv-tk-2023Z14759-antwoord"))!;
        Assert.Equal(new DateOnly(2023, 10, 19), letter.AnsweredOn);
        Assert.Contains(letter.Diagnostics, d => d.Code == "official-differs" && d.Message == "the file gives the date of the answers as '2023-10-18'; the Kamer's record says '2023-10-19' (kept)");
    }

    [Fact]
    public async Task FirstRun_UnreadableFiles_TheRecordStillSaysWhichKamerstukAndAanhangselItemTheyAre_SoCitationsLinkToThem()
    {
        var broken = File.ReadAllBytes(Path.Combine(LocalFeed.FixtureFiles, "broken.pdf"));
        Feed.Files[FeedWorld.Document(2)] = broken;    // the answer printed as Aanhangsel 2023-2024, nr. 1314
        Feed.Files[FeedWorld.Document(10)] = broken;   // the committee's list, Kamerstuk 35 207, nr. 34

        await Sync();

        var list = WithArchive(a => a.Find("kst-35207-34"))!;
        Assert.Equal(("35 207", 34), (list.Dossier, list.Number));
        var answer = WithArchive(a => a.Find("ah-tk-20232024-1314"))!;
        Assert.Equal(("2023–2024", 1314), (answer.Session, answer.Number));
        Assert.Equal("kst-35207-34", WithArchive(a => a.Resolve(new Citation { Kind = CitationKind.Kamerstuk, Dossier = "35207", Number = 34, Text = "35 207, nr. 34" })));
        Assert.Equal("ah-tk-20232024-1314", WithArchive(a => a.Resolve(new Citation
        {
            Kind = CitationKind.Aanhangsel, Session = "2023-2024", Number = 1314, Text = "Aanhangsel Handelingen II 2023/24, nr. 1314",
        })));
    }

    [Fact]
    public async Task FirstRun_ADocumentWhoseCaseHasNotArrived_WaitsForIt()
    {
        var summary = await Sync();

        Assert.Equal(1, summary.Waiting);
        Assert.Null(WithArchive(a => a.Find("kv-tk-2024Z05555-antwoord")));
    }

    [Fact]
    public async Task LaterRun_TheCaseArrives_ChangedTwiceTheLastVersionWins()
    {
        await Sync();
        FeedWorld.Publish(Feed, FeedWorld.LaterRun);

        var summary = await Sync();

        Assert.Equal(3, summary.Categories.Single(c => c.Category == "Zaak").Entities);
        var late = WithArchive(a => a.Find("kv-tk-2024Z05555-antwoord"))!;
        Assert.Equal([new Member("Lahlah", "GroenLinks-PvdA"), new Member("Chakor", "GroenLinks-PvdA")], late.AskedBy);
        Assert.Equal("Vragen van de leden Mutluer en Kostić over regenboogbeleid in Friesland",
            WithRecord(r => r.Context(FeedWorld.Document(1)))!.Case!.Onderwerp);
        Assert.Equal(1, WithRecord(r => r.PendingCount()));   // only the document whose file is missing is tried again
    }

    [Fact]
    public async Task LaterRun_ADeletedDocument_LeavesTheArchiveAndStaysInItsHistory()
    {
        await Sync();
        FeedWorld.Publish(Feed, FeedWorld.LaterRun);

        var summary = await Sync();

        Assert.Equal(1, summary.Removed);
        Assert.Null(WithArchive(a => a.Find("kv-tk-2023Z14759-uitstel")));
        Assert.DoesNotContain(WithArchive(a => a.All().Select(d => d.Id).ToList()), id => id == "kv-tk-2023Z14759-uitstel");
        var history = WithArchive(a => a.History("kv-tk-2023Z14759-uitstel"));
        Assert.Equal([Archive.Versions.VersionChange.Added, Archive.Versions.VersionChange.Removed], history.Select(v => v.Change));
        Assert.Equal(("sync", "deleted from the Tweede Kamer's record"), (history[^1].By.Via, history[^1].Reason));
        Assert.NotNull(WithArchive(a => a.FindVersion("kv-tk-2023Z14759-uitstel", 1)));
    }

    [Fact]
    public async Task SecondRun_NothingNew_ChangesNothing()
    {
        await Sync();
        var before = Export();
        int requests = Feed.Requests.Count;

        var summary = await Sync();

        Assert.Equal(before, Export());
        Assert.Equal((0, 0), (summary.New, summary.Updated));
        // One page per category (empty: caught up), and the one missing file tried again.
        Assert.Equal(FeedCategories.All.Count + 1, Feed.Requests.Count - requests);
    }

    [Fact]
    public async Task Sync_Since_BuildsOnlyNewerDocumentsAndLeavesTheRestForLater()
    {
        await Sync(new SyncOptions { Since = new DateOnly(2024, 5, 1) });

        Assert.Equal(["kv-tk-2024Z08888-antwoord", "kv-tk-2024Z09999-uitstel"], WithArchive(a => a.All().Select(d => d.Id).Order(StringComparer.Ordinal).ToList()));

        await Sync();
        Assert.Equal(9, WithArchive(a => a.All().Count()));
    }
}

/// <summary>The sync suite on SQLite, in a fresh file per test.</summary>
public sealed class SqliteSyncTests : SyncSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parlqa-sync-{Guid.NewGuid():N}.db");

    protected override string NewDatabase() => _path;

    protected override void Cleanup()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }
}

/// <summary>The sync suite on PostgreSQL, in a schema of its own (PARLQA_TEST_PG; skipped without a server).</summary>
public sealed class PostgresSyncTests : SyncSuite
{
    private readonly string _schema = "s" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    protected override string NewDatabase()
    {
        var server = TestPostgres.Server ?? throw Skip();
        TestPostgres.Execute(server, $"CREATE SCHEMA {_schema}");
        _created = true;
        return $"{server};Search Path={_schema}";
    }

    private static InvalidOperationException Skip()
    {
        Assert.Skip("no PostgreSQL server: set PARLQA_TEST_PG, or run .ci/run, which starts one");
        return new InvalidOperationException();
    }

    protected override void Cleanup()
    {
        if (_created && TestPostgres.Server is { } server)
            TestPostgres.Execute(server, $"DROP SCHEMA {_schema} CASCADE");
    }
}
