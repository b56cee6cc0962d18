using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ParlQA.Model;
using ParlQA.Relevance;

namespace ParlQA.Bench.Baselines;

/// <summary>
/// The baseline of the SQLite engine: each question with its answer's text in a plain FTS5 table (unicode61,
/// diacritics removed, no stemming), ranked by FTS5's BM25 with both columns weighted alike — the way existing
/// tools search.
/// </summary>
internal sealed class PlainFtsSystem : ISearchSystem, IDisposable
{
    private readonly SqliteConnection _connection;

    private PlainFtsSystem(SqliteConnection connection, TimeSpan writing)
    {
        _connection = connection;
        Writing = writing;
    }

    public string Name => "plain FTS5";

    /// <summary>The time spent inserting and committing, generation of the documents left out.</summary>
    public TimeSpan Writing { get; }

    public static PlainFtsSystem Build(string path, IEnumerable<QaDocument> documents)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE plain USING fts5 (document UNINDEXED, question UNINDEXED, q, a, tokenize = 'unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }
        var clock = new Stopwatch();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO plain (document, question, q, a) VALUES ($d, $id, $q, $a)";
        var d = insert.Parameters.Add("$d", SqliteType.Text);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var q = insert.Parameters.Add("$q", SqliteType.Text);
        var a = insert.Parameters.Add("$a", SqliteType.Text);
        foreach (var document in documents)
        {
            clock.Start();
            foreach (var (hit, question, answer) in QuestionTexts.Of(document))
            {
                d.Value = hit.DocumentId;
                id.Value = hit.QuestionId;
                q.Value = question;
                a.Value = answer;
                insert.ExecuteNonQuery();
            }
            clock.Stop();
        }
        clock.Start();
        transaction.Commit();
        clock.Stop();
        return new PlainFtsSystem(connection, clock.Elapsed);
    }

    public IReadOnlyList<HitId> Search(string query, int limit)
    {
        var hits = new List<HitId>();
        Run(query, limit, "document, question", r => hits.Add(new HitId(r.GetString(0), r.GetString(1))));
        return hits;
    }

    /// <summary>The best ten with snippets, as a search page shows them (for timing).</summary>
    public int SearchWithSnippets(string query)
    {
        int n = 0;
        Run(query, 10, "document, question, snippet(plain, -1, '**', '**', '…', 16)", _ => n++);
        return n;
    }

    /// <summary>How many questions match at all.</summary>
    public int Count(string query)
    {
        var match = UserQuery.Parse(query);
        if (match.IsEmpty)
            return 0;
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM plain WHERE plain MATCH $m";
        command.Parameters.AddWithValue("$m", match.ToFts5());
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Run(string query, int limit, string columns, Action<SqliteDataReader> read)
    {
        var match = UserQuery.Parse(query);
        if (match.IsEmpty)
            return;
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {columns} FROM plain WHERE plain MATCH $m ORDER BY rank LIMIT $limit";
        command.Parameters.AddWithValue("$m", match.ToFts5());
        command.Parameters.AddWithValue("$limit", limit);
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
                read(reader);
        }
        catch (SqliteException)
        {
            // A query FTS5 refuses (unbalanced parentheses, a lone operator) finds nothing, as its user would see.
        }
    }

    public void Dispose() => _connection.Dispose();
}
