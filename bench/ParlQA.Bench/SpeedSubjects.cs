using Npgsql;
using ParlQA.Archive.Generation;
using ParlQA.Archive.Postgres;
using ParlQA.Archive.Search;
using ParlQA.Bench.Baselines;
using ParlQA.Model;

namespace ParlQA.Bench;

/// <summary>One system in the speed bench: how fast it took the corpus in, and how it serves a page of results.</summary>
internal sealed record SpeedSubject(string Name, double PairsPerSecond, Action<string> Page);

/// <summary>
/// The PostgreSQL side of the speed bench, in a schema of its own: ParlQA's PostgreSQL archive and plain PostgreSQL
/// search, each given the same generated corpus (generated again, the same for the same seed; only writing is timed).
/// </summary>
internal sealed class PostgresSpeed : IDisposable
{
    private readonly PostgresSchema _schema;
    private readonly PostgresArchive _archive;
    private readonly NpgsqlDataSource _source;

    public PostgresSpeed(string server, int pairs, IReadOnlyList<QaDocument> examples)
    {
        _schema = new PostgresSchema(server);
        _archive = PostgresArchive.Open(_schema.ConnectionString);
        var writing = new System.Diagnostics.Stopwatch();
        foreach (var batch in new CorpusGenerator(examples).Generate(pairs).Chunk(500))
        {
            writing.Start();
            _archive.Store(batch);
            writing.Stop();
        }
        _source = NpgsqlDataSource.Create(_schema.ConnectionString);
        // Searched with the statistics autovacuum would have gathered by then, as the plain table is (it runs ANALYZE):
        // straight after a bulk ingest the planner knows nothing of the rows and ranks whole tables.
        using (var analyze = _source.CreateCommand("ANALYZE questions; ANALYZE documents; ANALYZE word_forms"))
            analyze.ExecuteNonQuery();
        var plain = PlainPostgresSystem.Build(_source, new CorpusGenerator(examples).Generate(pairs));
        Subjects =
        [
            new("ParlQA (PostgreSQL)", pairs / writing.Elapsed.TotalSeconds, q => _archive.Search(QueryParser.Parse(q), 10, facets: false)),
            new(plain.Name, pairs / plain.Writing.TotalSeconds, q => plain.SearchWithSnippets(q)),
        ];
    }

    public IReadOnlyList<SpeedSubject> Subjects { get; }

    public void Dispose()
    {
        _source.Dispose();
        _archive.Dispose();
        _schema.Dispose();
    }
}
