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

    [Fact]
    public void Sync_APageCutOffEveryTry_ExitsOneNamingIt_KeepsWhatCameBefore_AndTheNextRunGoesOnFromThere()
    {
        _feed.Fail("skiptoken=1004&category=Document", 3, 0);   // the third page of documents, cut off in the middle three times

        var (exit, _, error) = Run("sync", "--origin", Origin, "--db", _db);

        Assert.Equal(1, exit);
        Assert.Contains($"parlqa: Document: {_feed.Origin}SyncFeed/2.0/Feed?skiptoken=1004&category=Document: ", error, StringComparison.Ordinal);
        Assert.Contains("(gave up after 3 tries)", error, StringComparison.Ordinal);
        var (_, status, _) = Run("sync", "--status", "--db", _db);
        Assert.Matches(@"Document\s+1004\s+2\s+4\s", status);   // the first two pages kept, nothing of the broken one
        Assert.Equal(0, Run("sync", "--origin", Origin, "--db", _db).Exit);
        var whole = _db + ".whole";
        Assert.Equal(0, Run("sync", "--origin", Origin, "--db", whole).Exit);
        Assert.Equal(Export(whole), Export(_db));
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

        Assert.Equal(2, exit); // a usage error, like every read command on a missing archive (issue 15)
        Assert.Contains(ArchiveOpener.NoArchive, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db));
    }

    /// <summary>
    /// Where the kills come: after this many requests reached the feed in that run (a run first asks each category's page at
    /// its cursor again, then goes on), then a random pause of up to 40 ms, so a kill lands while a page or a file is
    /// fetched, read or written. Counted in requests, not in time: a loaded machine moves the kills no more than a quiet one.
    /// </summary>
    private static readonly int[] KillAfterRequests = [1, 4, 12, 20, 30, 45, 60, 80];

    [Fact]
    public async Task Sync_KilledAtAnyMomentAndStartedAgain_EndsAsOneUninterruptedRun()
    {
        FeedGenerator.Publish(_feed, 40);
        var parlqa = Path.Combine(AppContext.BaseDirectory, "parlqa.dll");
        var kills = new List<(int After, long Entities, long Documents)>();
        foreach (var after in KillAfterRequests.Append(int.MaxValue))
        {
            int before = _feed.Requests.Count;
            using var process = Process.Start(new ProcessStartInfo("dotnet", [parlqa, "sync", "--origin", Origin, "--db", _db]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            while (!process.HasExited && _feed.Requests.Count - before < after)
                await Task.Delay(2, TestContext.Current.CancellationToken);
            if (!process.HasExited)
                await Task.Delay(Random.Shared.Next(40), TestContext.Current.CancellationToken);
            if (process.HasExited)
            {
                Assert.Equal(0, process.ExitCode);
                break;
            }
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            kills.Add((after, Count("SELECT COUNT(*) FROM tk_document"), Count("SELECT COUNT(*) FROM documents")));
        }

        var whole = _db + ".whole";
        Assert.Equal(0, Run("sync", "--origin", Origin, "--db", whole).Exit);
        Assert.Equal(Export(whole), Export(_db));
        foreach (var table in new[] { "tk_zaak", "tk_zaak_actor", "tk_document", "tk_cursor", "tk_archived" })
            Assert.Equal(Count($"SELECT COUNT(*) FROM {table}", whole), Count($"SELECT COUNT(*) FROM {table}"));
        // The kills must have come in the middle of both parts of the work, or the test proved nothing.
        long feedDocuments = Count("SELECT COUNT(*) FROM tk_document", whole), archived = Count("SELECT COUNT(*) FROM documents", whole);
        var seen = string.Join(", ", kills.Select(k => $"after {k.After} requests: {k.Entities} feed documents, {k.Documents} stored"));
        Assert.True(kills.Any(k => k.Entities < feedDocuments), "no kill while the feed was read: " + seen);
        Assert.True(kills.Any(k => k.Entities == feedDocuments && k.Documents < archived), "no kill while documents were built: " + seen);
    }

    private static string Export(string db)
    {
        using var archive = ArchiveOpener.Open(db);
        return string.Join("\n", archive.All().Select(d => QaJson.Serialize(d, indented: false)));
    }

    /// <summary>A count in an archive, read only: checking must never make the file a killed run had not made yet.</summary>
    private long Count(string sql, string? db = null)
    {
        if (!File.Exists(db ?? _db))
            return 0;
        using var connection = new SqliteConnection($"Data Source={db ?? _db};Mode=ReadOnly;Pooling=False");
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
