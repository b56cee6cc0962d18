using System.Text.Json.Nodes;
using ParlQA.Archive;
using ParlQA.Tests;

using static ParlQA.Cli.Tests.CliRun;

namespace ParlQA.Cli.Tests;

/// <summary><c>parlqa history</c>: a re-ingested document's versions, who or what made them, and an earlier one restored.</summary>
public sealed class HistoryCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parlqa-history-").FullName;

    private string Db => Path.Combine(_folder, "archive.db");


    /// <summary>The seed ingested, then an altered copy of it (same id, other text) ingested over it.</summary>
    private void IngestTwoVersions()
    {
        var altered = Path.Combine(_folder, "kst-35207-34.txt");
        File.WriteAllText(altered, File.ReadAllText(RepoPaths.Sample("kst-35207-34.txt"))
            .Replace("Hoeveel Tibetaanse politieke gevangenen zijn er?", "Hoeveel gevangenen zijn er volgens dit vervalste stuk?", StringComparison.Ordinal));
        Assert.Equal(CliApp.Ok, Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), "--db", Db).Exit);
        Assert.StartsWith("0 new, 1 updated", Run("ingest", altered, "--db", Db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void History_ReIngestedDocument_ListsBothVersionsWithWhoMadeThem()
    {
        IngestTwoVersions();

        var (exit, output, _) = Run("history", "kst-35207-34", "--db", Db);

        Assert.Equal(CliApp.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kst-35207-34: 2 versions", lines[0]);
        Assert.Matches($@"^  1  \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC  added  by ingest \(os:{Environment.UserName}\)  sha256 [0-9a-f]{{12}}…$", lines[1]);
        Assert.Matches(@"^  2  .* UTC  replaced the previous version  by ingest \(os:.*\)  sha256 [0-9a-f]{12}…  \[current\]$", lines[2]);
        var json = Run("history", "kst-35207-34", "--db", Db, "--format", "json").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["added", "replaced"], json.Select(v => v["change"]!.GetValue<string>()));
        Assert.Contains("Hoeveel Tibetaanse politieke gevangenen zijn er?", Run("history", "kst-35207-34", "--show", "1", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryRestore_EarlierVersion_IsCurrentAgain_AndAudited()
    {
        IngestTwoVersions();

        var (exit, output, _) = Run("history", "kst-35207-34", "--restore", "1", "--reason", "altered copy", "--db", Db);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("kst-35207-34: version 1 restored as version 3", output.Trim());
        Assert.Contains("Hoeveel Tibetaanse politieke gevangenen zijn er?", Run("show", "kst-35207-34#q1", "--db", Db).Out, StringComparison.Ordinal);
        Assert.Contains("  3  ", Run("history", "kst-35207-34", "--db", Db).Out, StringComparison.Ordinal);
        var audit = new AuditLog(ArchiveDatabase.For(Db)).Recent(1).Single();
        Assert.Equal(("document.restore", "kst-35207-34", "version 1 made current again: altered copy"), (audit.Action, audit.Target, audit.Detail));
        Assert.Equal("kst-35207-34: version 1 is what the archive holds now; nothing changed", Run("history", "kst-35207-34", "--restore", "1", "--db", Db).Out.Trim());
    }

    [Theory]
    [InlineData("kst-1-1", null, "parlqa: the archive never held a document 'kst-1-1'")]
    [InlineData("kst-35207-34", "9", "parlqa: kst-35207-34 has no version 9 to restore (parlqa history kst-35207-34 lists them)")]
    public void History_UnknownDocumentOrVersion_SaysSo(string id, string? restore, string message)
    {
        IngestTwoVersions();

        var (exit, _, error) = restore is null ? Run("history", id, "--db", Db) : Run("history", id, "--restore", restore, "--db", Db);

        Assert.Equal(CliApp.InputErrors, exit);
        Assert.Equal(message, error.Trim());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
