using ParlQA.Cli;

using static ParlQA.Cli.Tests.CliRun;

namespace ParlQA.Cli.Tests;

/// <summary>serve and demo fail with one clear line, not a stack trace, when they cannot start.</summary>
public sealed class ServeCommandTests
{

    [Fact]
    public void Serve_ArchiveThatIsNotThere_IsOneLineAndAUsageError()
    {
        var (exit, _, err) = Run("serve", "--db", "/nonexistent-folder/for/sure/archive.db", "--urls", "http://127.0.0.1:0");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal($"parlqa: /nonexistent-folder/for/sure/archive.db: {ParlQA.Archive.ArchiveOpener.NoArchive}", err.Trim());
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Serve_KnownProxiesMistyped_StopsTheStartWithTheSettingNamed()
    {
        // Once a stack trace from deep in the options (the setting is read at start now, and serve says it in one line).
        var e = Assert.Throws<ParlQA.Web.Hosting.SettingException>(() =>
            ParlQA.Web.WebApp.Build(new ParlQA.Web.WebAppOptions { Db = "unused.db" }, ["--ParlQA:KnownProxies=10.0.0.0/8, proxy.example"]));

        Assert.Equal("ParlQA:KnownProxies: 'proxy.example' is neither an address (10.0.0.5) nor a network (10.0.0.0/8)", e.Message);
    }

    [Fact]
    public void Demo_NoSamplesFolder_IsAUsageError()
    {
        var (exit, _, err) = Run("demo", "--samples", "/nonexistent-samples");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("no samples folder found", err, StringComparison.Ordinal);
    }

    [Fact]
    public void UsersAdd_PrintsATokenOnce_AndRefusesAClerkWithoutCommittee()
    {
        var db = Path.Combine(Path.GetTempPath(), $"parlqa-users-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, output, _) = Run("users", "add", "konings", "--name", "Konings", "--role", "Clerk", "--committee", "vaste commissie voor Buitenlandse Zaken", "--db", db);
            Assert.Equal(CliApp.Ok, exit);
            var token = output.Trim().Split(' ')[^1];
            Assert.Equal("konings", new ParlQA.Rounds.Storage.AccountStore(new ParlQA.Rounds.Storage.RoundStore(db)).FindByToken(token)?.Id);

            var (refused, _, err) = Run("users", "add", "x", "--name", "X", "--role", "Clerk", "--db", db);
            Assert.Equal(CliApp.InputErrors, refused);
            Assert.Equal("parlqa: clerks and members belong to a committee (--committee)", err.Trim());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
                File.Delete(file);
        }
    }
}
