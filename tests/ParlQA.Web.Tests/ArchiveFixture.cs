using ParlQA.Archive;
using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

/// <summary>
/// One archive of the repository's samples for all web tests (reading them takes seconds), plus a document whose
/// text tries to inject markup. Tests that write (uploads) use their own archive.
/// </summary>
public sealed class ArchiveFixture : IDisposable
{
    public const string HostileId = "doc-hostile";

    public string Db { get; }

    public QaDocument Seed { get; }

    public ArchiveFixture()
    {
        var folder = Directory.CreateTempSubdirectory("parlqa-web-");
        Db = Path.Combine(folder.FullName, "archive.db");
        Seed = DocumentReader.ReadFile(RepoPaths.Sample("kst-35207-34.txt")).Document!;
        using var archive = ArchiveOpener.Open(Db, create: true);
        var documents = Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => DocumentReader.ReadFile(f).Document).OfType<QaDocument>().ToList();
        archive.Store([.. documents, Hostile]);
    }

    /// <summary>Untrusted text: a question and an answer carrying script and markup.</summary>
    public static QaDocument Hostile { get; } = new()
    {
        Id = HostileId,
        Kind = DocumentKind.WrittenQuestions,
        Subject = "<img src=x onerror=alert(1)> onderwerp",
        Questions = [new Question { Id = "q1", Label = "1", Numbers = [1], Text = "Wat doet <script>alert('xss')</script> hier?", AnswerId = "a1" }],
        Answers = [new Answer { Id = "a1", Label = "1", QuestionIds = ["q1"], Text = "Niets. <b>vet</b> en \"quotes\" <a href=\"javascript:alert(1)\">klik</a>" }],
        Source = new SourceInfo { Format = "text", Sha256 = new string('a', 64) },
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Db)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedArchive : ICollectionFixture<ArchiveFixture>
{
    public const string Name = "archive";
}
