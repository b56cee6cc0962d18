using Microsoft.Data.Sqlite;
using ParlQA.Archive;
using ParlQA.Archive.Checks;
using ParlQA.Model;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Tests;

using static ParlQA.Cli.Tests.CliRun;

namespace ParlQA.Cli.Tests;

/// <summary><c>parlqa backup</c> while the archive is written, and <c>parlqa check</c> on a sound and on a damaged archive.</summary>
public sealed class BackupAndCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parlqa-backup-").FullName;

    private string Db => Path.Combine(_folder, "archive.db");


    private static QaDocument Seed { get; } = Reading.DocumentReader.ReadFile(RepoPaths.Sample("kst-35207-34.txt")).Document!;

    /// <summary>The seed, an account and a round.</summary>
    private void Fill()
    {
        using (var archive = ArchiveOpener.Open(Db, create: true))
            archive.Store([Seed], Actor.Local("ingest"));
        var store = new RoundStore(ArchiveDatabase.For(Db));
        var clerk = new User("konings", "Konings", Role.Clerk, Committee: "vaste commissie voor Buitenlandse Zaken");
        new AccountStore(store).Add(clerk, null, Actor.Local("users add"));
        store.Add(id => RoundProcedure.Create(id, new NewRound(clerk.Committee!, "de brief", null, null, ["Minister"], "Buitenlandse Zaken", null, 21, null), clerk, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void Check_SoundArchive_FindsNoProblem()
    {
        Fill();

        var (exit, output, _) = Run("check", "--db", Db);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal([$"{Db}: 1 document, 94 questions, 1 version; 1 round, 1 account", "integrity, questions, index entries, versions and rounds: no problems found"],
            output.Trim().Split('\n'));
    }

    [Fact]
    public void Check_DamagedArchive_NamesEachProblem()
    {
        Fill();
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DELETE FROM search WHERE rowid = (SELECT id FROM questions WHERE question_id = 'q7');
                DELETE FROM questions WHERE question_id = 'q9';
                UPDATE document_versions SET sha256 = 'other';
                UPDATE rounds SET version = 5;
                """;
            command.ExecuteNonQuery();
        }

        var (exit, output, _) = Run("check", "--db", Db);

        Assert.Equal(CliApp.InputErrors, exit);
        Assert.Equal(
        [
            "problem: a document's questions are not all stored: kst-35207-34: 93 question rows, its JSON has 94",
            "problem: a question has no entry in the full-text index (search): kst-35207-34#q7",
            "problem: an entry of the full-text index (search) has no question: " + OrphanOf("q9"),
            "problem: an entry of the full-text index (search_parts) has no question: " + OrphanOf("q9"),
            "problem: a document's current version is not the last in its history: kst-35207-34",
            "problem: round r1: its columns (state Draft, version 5) disagree with its JSON (state Draft, version 1)",
            "6 problems found",
        ], output.Trim().Split('\n').Skip(1));
    }

    /// <summary>The row id a deleted question had (its index entries stay behind): the seed's questions are rows 1…94 in order.</summary>
    private static string OrphanOf(string questionId) => (Seed.Questions.ToList().FindIndex(q => q.Id == questionId) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Backup_WhileDocumentsAreWritten_IsAWholeArchive()
    {
        Fill();
        using var writing = new CancellationTokenSource();
        int written = 0;
        var writer = Task.Run(() =>
        {
            using var archive = ArchiveOpener.Open(Db);
            // A store after another, with the pause an ingest has between its batches (it reads the next files).
            for (int i = 0; !writing.IsCancellationRequested; i++, written++)
            {
                archive.Store([Seed with { Id = $"kst-35207-{100 + i}", Number = 100 + i, Source = Seed.Source! with { Sha256 = i.ToString("x64", System.Globalization.CultureInfo.InvariantCulture) } }], Actor.Local("ingest"));
                Thread.Sleep(10);
            }
        }, TestContext.Current.CancellationToken);
        while (written < 3)
            await Task.Delay(20, TestContext.Current.CancellationToken);

        var (exit, output, error) = Run("backup", "--to", Path.Combine(_folder, "copy.db"), "--db", Db);
        int writtenWhenDone = written;
        await writing.CancelAsync();
        await writer;

        Assert.True(exit == CliApp.Ok, error);
        Assert.StartsWith($"{Db} backed up to {Path.Combine(_folder, "copy.db")}: ", output, StringComparison.Ordinal);
        var copy = ArchiveDatabase.For(Path.Combine(_folder, "copy.db"));
        var report = ArchiveCheck.Run(copy);
        Assert.Empty(report.Problems);
        Assert.InRange(report.Documents, 4, writtenWhenDone + 1);
        Assert.Equal("konings", new AccountStore(copy).List().Single().User.Id);
        Assert.Single(new RoundStore(copy).All());
        Assert.Equal("archive.backup", new AuditLog(ArchiveDatabase.For(Db)).Recent(1).Single().Action);
        Assert.False(File.Exists(Path.Combine(_folder, "copy.db.partial")));
    }

    [Fact]
    public void Backup_ToAFileThatExists_NeverOverwritesIt()
    {
        Fill();
        var existing = Path.Combine(_folder, "keep.db");
        File.WriteAllText(existing, "mine");

        var (exit, _, error) = Run("backup", "--to", existing, "--db", Db);

        Assert.Equal(CliApp.InputErrors, exit);
        Assert.Equal($"parlqa: {existing} exists already: a backup never overwrites a file (remove it, or choose another name)", error.Trim());
        Assert.Equal("mine", File.ReadAllText(existing));
    }

    [Fact]
    public void Backup_PostgresArchive_SaysHowWithPgDump()
    {
        using var place = TestDatabase.Postgres();
        using (ArchiveOpener.Open(place.Db, create: true))
        {
        }
        var file = Path.Combine(_folder, "pg.dump");

        var (exit, _, error) = Run("backup", "--to", file, "--db", place.Db);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains($"pg_dump --host=127.0.0.1 --port=5432 --username=parlqa --schema=", error, StringComparison.Ordinal);
        Assert.Contains($"--format=custom --file={file} parlqa_test", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
