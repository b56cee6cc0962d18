using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ParlQA.Archive;
using ParlQA.Cli;
using ParlQA.Model;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Sync.Tests;

/// <summary><c>parlqa sync</c> as a user runs it: the summary, the exit codes, <c>--status</c>, and a sync killed and started again.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"parlqa-synccli-{Guid.NewGuid():N}.db");
    private LocalFeed _feed = null!;

    public async ValueTask InitializeAsync()
    {
        _feed = await LocalFeed.Start();
        FeedWorld.Publish(_feed, FeedWorld.FirstRun);
    }

    public async ValueTask DisposeAsync()
    {
        await _feed.DisposeAsync();
        foreach (var db in new[] { _db, _db + ".whole" })
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
                File.Delete(file);
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Origin => _feed.Origin.ToString().TrimEnd('/');

    [Fact]
    public void Sync_LocalFeed_PrintsWhatItReadAndStoredAndExitsZero()
    {
        var (exit, output, _) = Run("sync", "--origin", Origin, "--db", _db);

        Assert.Equal(0, exit);
        Assert.Contains("Zaak                   4 pages         8 entities", output, StringComparison.Ordinal);
        Assert.Contains("9 new, 0 updated, 0 unchanged, 0 removed documents; 8 files read, 3 kept as metadata only; 1 waiting for their case;", output, StringComparison.Ordinal);
        Assert.Contains("kv-tk-2024Z08888-antwoord: the file could not be read: zip bomb: the Word document unpacks to 300 MB (limit 256 MB)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sync_ACategoryTheFeedWillNotServe_ExitsOneSayingWhyAndKeepsTheRest()
    {
        _feed.Fail("category=Fractie", 10, 503, retryAfter: "0");

        var (exit, _, error) = Run("sync", "--origin", Origin, "--db", _db);

        Assert.Equal(1, exit);
        Assert.Contains($"parlqa: Fractie: {_feed.Origin}SyncFeed/2.0/Feed?category=Fractie: HTTP 503 Service Unavailable (gave up after 3 tries)", error, StringComparison.Ordinal);
        var (_, status, _) = Run("sync", "--status", "--db", _db);
        Assert.Matches(@"Fractie\s+-\s+0\s+0\s+never\s+.*gave up after 3 tries", status);
        Assert.Matches(@"Zaak\s+1008\s+4\s+8\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+-", status);
    }

    [Theory]
    [InlineData("--origin", "http://127.0.0.1:8080/SyncFeed", "must be a scheme, host and port only")]
    [InlineData("--jobs", "5", "--jobs must be between 1 and 4")]
    [InlineData("--since", "3 juni", "--since '3 juni' is not a date (yyyy-MM-dd)")]
    public void Sync_BadOption_IsAUsageError(string option, string value, string message)
    {
        var (exit, _, error) = Run("sync", option, value, "--db", _db);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db));
    }

    [Fact]
    public void Status_NoArchive_SaysSoAndCreatesNone()
    {
        var (exit, _, error) = Run("sync", "--status", "--db", _db);

        Assert.Equal(1, exit);
        Assert.Contains(ArchiveOpener.NoArchive, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db));
    }

    [Fact]
    public async Task Sync_KilledAtAnyMomentAndStartedAgain_EndsAsOneUninterruptedRun()
    {
        FeedGenerator.Publish(_feed, 40);
        _feed.Latency = TimeSpan.FromMilliseconds(10);
        var parlqa = Path.Combine(AppContext.BaseDirectory, "parlqa.dll");
        var killedAt = new List<long>();
        for (int attempt = 0; ; attempt++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [parlqa, "sync", "--origin", Origin, "--db", _db]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var done = process.WaitForExit(800 + attempt * 500);
            if (done)
            {
                Assert.Equal(0, process.ExitCode);
                break;
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            killedAt.Add(Count("SELECT COUNT(*) FROM tk_document") + Count("SELECT COUNT(*) FROM documents"));
            Assert.True(attempt < 30, "the sync never finished");
        }
        // The kills must have come in the middle of the work, or the test proved nothing.
        Assert.NotEmpty(killedAt);

        var whole = _db + ".whole";
        Assert.Equal(0, Run("sync", "--origin", Origin, "--db", whole).Exit);
        Assert.Equal(Export(whole), Export(_db));
        foreach (var table in new[] { "tk_zaak", "tk_zaak_actor", "tk_document", "tk_cursor", "tk_archived" })
            Assert.Equal(Count($"SELECT COUNT(*) FROM {table}", whole), Count($"SELECT COUNT(*) FROM {table}"));
    }

    private static string Export(string db)
    {
        using var archive = ArchiveOpener.Open(db);
        return string.Join("\n", archive.All().Select(d => QaJson.Serialize(d, indented: false)));
    }

    private long Count(string sql, string? db = null)
    {
        using var connection = new SqliteConnection($"Data Source={db ?? _db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;   // killed before the archive's schema was made
        }
    }
}
