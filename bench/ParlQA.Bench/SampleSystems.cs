using Microsoft.Data.Sqlite;
using Npgsql;
using ParlQA.Archive;
using ParlQA.Archive.Postgres;
using ParlQA.Archive.Sqlite;
using ParlQA.Bench.Baselines;
using ParlQA.Bench.ParlQaLucene;
using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Relevance;

namespace ParlQA.Bench;

/// <summary>
/// Every system compared, each holding the same documents (the readable samples): ParlQA and plain FTS5 on
/// SQLite, Lucene.Net in memory (with its Dutch analyzer, and with ParlQA's analysis and planner), and — given a PostgreSQL server — ParlQA and plain PostgreSQL search in a
/// schema of their own, dropped at the end.
/// </summary>
internal sealed class SampleSystems : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("parlqa-quality-");

    public SampleSystems(string? postgres)
    {
        Documents = ReadSamples();
        var archive = Own(SqliteArchive.Open(Path.Combine(_folder.FullName, "archive.db")));
        archive.Store(Documents);
        var systems = new List<ISearchSystem>
        {
            new ParlQaSystem(archive, "ParlQA (SQLite)"),
            Own(PlainFtsSystem.Build(Path.Combine(_folder.FullName, "plain.db"), Documents)),
            Own(LuceneSystem.Build(Documents, folder: null)),
            Own(ParlQaLuceneSystem.Build(Documents, folder: null)),
        };
        if (postgres is not null)
        {
            var inSchema = Own(new PostgresSchema(postgres)).ConnectionString;
            var pgArchive = Own(PostgresArchive.Open(inSchema));
            pgArchive.Store(Documents);
            systems.Add(new ParlQaSystem(pgArchive, "ParlQA (PostgreSQL)"));
            systems.Add(PlainPostgresSystem.Build(Own(NpgsqlDataSource.Create(inSchema)), Documents));
        }
        All = systems;
    }

    public IReadOnlyList<QaDocument> Documents { get; }

    /// <summary>ParlQA first, then the baselines of its engine, the two Lucene.Net systems, and the PostgreSQL pair when there is a server.</summary>
    public IReadOnlyList<ISearchSystem> All { get; }

    /// <summary>The readable documents of samples/ (the ones that fail to read are the corpus's own test of that).</summary>
    public static List<QaDocument> ReadSamples() =>
        [.. System.IO.Directory.EnumerateFiles(Path.GetDirectoryName(ReadSeedBenchmarks.FindSample("x"))!, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => DocumentReader.ReadFile(f).Document).OfType<QaDocument>()];

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
            owned.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
