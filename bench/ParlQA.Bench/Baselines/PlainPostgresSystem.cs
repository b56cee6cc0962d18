using System.Diagnostics;
using Npgsql;
using ParlQA.Model;
using ParlQA.Relevance;

namespace ParlQA.Bench.Baselines;

/// <summary>
/// The baseline of the PostgreSQL engine, as its manual suggests: each question with its answer's text as one
/// tsvector of the built-in 'dutch' configuration (Snowball stemmer, Dutch stop words, no accent folding) under a
/// GIN index, queried with websearch_to_tsquery (quotes, OR, -word as users type them), ranked by ts_rank.
/// </summary>
internal sealed class PlainPostgresSystem : ISearchSystem
{
    private readonly NpgsqlDataSource _source;

    private PlainPostgresSystem(NpgsqlDataSource source, TimeSpan writing)
    {
        _source = source;
        Writing = writing;
    }

    public string Name => "plain PostgreSQL";

    /// <summary>The time spent copying the rows in and building the index, generation of the documents left out.</summary>
    public TimeSpan Writing { get; }

    /// <summary>Creates the table in the data source's schema, fills it (COPY) and then indexes it, as a bulk load does.</summary>
    public static PlainPostgresSystem Build(NpgsqlDataSource source, IEnumerable<QaDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var connection = source.OpenConnection();
        Execute(connection, """
            CREATE TABLE plain (document text, question text, q text, a text,
              search tsvector GENERATED ALWAYS AS (to_tsvector('dutch', q || ' ' || a)) STORED)
            """);
        var clock = new Stopwatch();
        using (var writer = connection.BeginBinaryImport("COPY plain (document, question, q, a) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var document in documents)
            {
                clock.Start();
                foreach (var (hit, question, answer) in QuestionTexts.Of(document))
                {
                    writer.StartRow();
                    writer.Write(hit.DocumentId);
                    writer.Write(hit.QuestionId);
                    writer.Write(question);
                    writer.Write(answer);
                }
                clock.Stop();
            }
            clock.Start();
            writer.Complete();
        }
        Execute(connection, "CREATE INDEX plain_search ON plain USING gin (search); ANALYZE plain");
        clock.Stop();
        return new PlainPostgresSystem(source, clock.Elapsed);
    }

    public IReadOnlyList<HitId> Search(string query, int limit)
    {
        using var command = _source.CreateCommand("""
            SELECT document, question FROM plain, websearch_to_tsquery('dutch', $1) query
            WHERE search @@ query ORDER BY ts_rank(search, query) DESC LIMIT $2
            """);
        command.Parameters.AddWithValue(query);
        command.Parameters.AddWithValue(limit);
        using var reader = command.ExecuteReader();
        var hits = new List<HitId>();
        while (reader.Read())
            hits.Add(new HitId(reader.GetString(0), reader.GetString(1)));
        return hits;
    }

    /// <summary>The best ten with a highlighted passage each, as a search page shows them (for timing).</summary>
    public int SearchWithSnippets(string query)
    {
        using var command = _source.CreateCommand("""
            SELECT ts_headline('dutch', q || ' ' || a, query) FROM (
              SELECT q, a, query FROM plain, websearch_to_tsquery('dutch', $1) query
              WHERE search @@ query ORDER BY ts_rank(search, query) DESC LIMIT 10) best
            """);
        command.Parameters.AddWithValue(query);
        using var reader = command.ExecuteReader();
        int n = 0;
        while (reader.Read())
            n++;
        return n;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
