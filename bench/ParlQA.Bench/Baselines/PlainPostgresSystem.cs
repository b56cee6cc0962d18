using Npgsql;
using ParlQA.Model;
using ParlQA.Relevance;

namespace ParlQA.Bench.Baselines;

/// <summary>
/// The baseline of the PostgreSQL engine, as its manual suggests: each question with its answer's text as one
/// tsvector of the built-in 'dutch' configuration (Snowball stemmer, Dutch stop words, no accent folding) under a
/// GIN index, queried with websearch_to_tsquery (quotes, OR, -word as users type them), ranked by ts_rank.
/// </summary>
internal sealed class PlainPostgresSystem(NpgsqlDataSource source) : ISearchSystem
{
    public string Name => "plain PostgreSQL";

    /// <summary>Creates the table in the data source's schema and fills it.</summary>
    public static PlainPostgresSystem Build(NpgsqlDataSource source, IEnumerable<QaDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var connection = source.OpenConnection();
        using (var create = new NpgsqlCommand("""
            CREATE TABLE plain (document text, question text, q text, a text,
              search tsvector GENERATED ALWAYS AS (to_tsvector('dutch', q || ' ' || a)) STORED);
            CREATE INDEX plain_search ON plain USING gin (search);
            """, connection))
        {
            create.ExecuteNonQuery();
        }
        using (var writer = connection.BeginBinaryImport("COPY plain (document, question, q, a) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var document in documents)
            {
                var answers = document.Answers.ToDictionary(x => x.Id);
                foreach (var question in document.Questions)
                {
                    writer.StartRow();
                    writer.Write(document.Id);
                    writer.Write(question.Id);
                    writer.Write(question.Text);
                    writer.Write(question.AnswerId is { } id && answers.TryGetValue(id, out var answer) ? answer.Text : "");
                }
            }
            writer.Complete();
        }
        using (var analyze = new NpgsqlCommand("ANALYZE plain", connection))
            analyze.ExecuteNonQuery();
        return new PlainPostgresSystem(source);
    }

    public IReadOnlyList<HitId> Search(string query, int limit)
    {
        using var command = source.CreateCommand("""
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
}
