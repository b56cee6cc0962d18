using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Runs a ranking (SQL with columns <c>id</c>, <c>score</c>; lower is better) and keeps the best: on one connection,
/// or in a large archive in two halves at once on two, and with filters a part of the ranked candidates at a time.
/// </summary>
internal sealed class SqliteRanking(SqliteCommands commands) : IDisposable
{
    /// <summary>With filters, the best this many matches are ranked first and then filtered; only when too few
    /// pass is every match joined and filtered.</summary>
    private const int FilteredCandidates = 2_000;

    /// <summary>Ranked candidates tested against the filters at a time.</summary>
    private const int FilterPart = 200;

    /// <summary>A second connection to the same file, opened on first need: the matches of a common word are ranked
    /// in two halves at once, one on each connection (see <see cref="TopRanked"/>).</summary>
    private SqliteConnection? _second;

    /// <summary>Archives of at least this many questions rank a common word's matches in two halves at once.</summary>
    public long SplitRankingFrom { get; set; } = 200_000;

    /// <summary>The joins that give a set's rows (alias <paramref name="set"/>, column <c>id</c>) the fields filters
    /// and facets read, as q and d, from the covering indexes of migration 0005 rather than the wide rows.</summary>
    public static string Facts(string set) =>
        $"JOIN questions q INDEXED BY questions_facts ON q.id = {set}.id JOIN documents d INDEXED BY documents_facts ON d.id = q.document_id";

    /// <summary>
    /// The best <paramref name="count"/> ids of a ranking (columns <c>id</c>, <c>score</c>; lower is better) that pass
    /// the filters. Ranked inside the full-text index; with filters, the best candidates are ranked and then
    /// filtered, and only when too few pass (and there were more matches than candidates) is every match joined
    /// and filtered.
    /// </summary>
    public List<(long Id, double Score)> RankedIds(string ranked, string filter, List<(string, object?)> parameters, int count, bool large)
    {
        if (count <= 0)
            return [];
        if (filter == SqliteSearch.NoFilter)
            return TopRanked(ranked, parameters, count, large);
        int candidates = Math.Max(FilteredCandidates, count);
        var best = TopRanked(ranked, parameters, candidates, large);
        var passing = PassingInOrder(best, filter, parameters, count);
        return passing.Count == count || best.Count < candidates ? passing : ReadRanked(commands.Connection, $"""
            SELECT r.id, r.score FROM ({ranked}) r {Facts("r")}
            WHERE {filter} ORDER BY r.score, r.id LIMIT {count}
            """, parameters);
    }

    /// <summary>
    /// The best <paramref name="count"/> of a ranking. In a large archive, a <paramref name="large"/> ranking is split
    /// at the middle rowid and the halves ranked at once on two connections: BM25 takes its statistics from the
    /// whole index either way, so the merged best are exactly the best of the whole.
    /// </summary>
    private List<(long Id, double Score)> TopRanked(string ranked, List<(string, object?)> parameters, int count, bool large)
    {
        string Best(string where) => $"SELECT id, score FROM ({ranked}) {where} ORDER BY score, id LIMIT {count}";
        long last = large ? Convert.ToInt64(commands.Scalar("SELECT COALESCE(MAX(id), 0) FROM questions", null), CultureInfo.InvariantCulture) : 0;
        if (last < SplitRankingFrom)
            return ReadRanked(commands.Connection, Best(""), parameters);
        var second = Second();
        var upper = Task.Run(() => ReadRanked(second, Best($"WHERE id > {last / 2}"), parameters));
        List<(long Id, double Score)> lower;
        try
        {
            lower = ReadRanked(commands.Connection, Best($"WHERE id <= {last / 2}"), parameters);
        }
        catch
        {
            // The second connection is free again only when its half is done: the next search may use it.
            ((IAsyncResult)upper).AsyncWaitHandle.WaitOne();
            throw;
        }
        return [.. lower.Concat(upper.GetAwaiter().GetResult()).OrderBy(r => r.Score).ThenBy(r => r.Id).Take(count)];
    }

    private SqliteConnection Second()
    {
        if (_second is null)
        {
            _second = new SqliteConnection(commands.Connection.ConnectionString);
            _second.Open();
        }
        return _second;
    }

    /// <summary>The ranked ids whose question and document pass the filters, in their order, at most <paramref name="count"/>;
    /// tested a part at a time, best first, so that a filter most rows pass stops after the first part.</summary>
    private List<(long Id, double Score)> PassingInOrder(List<(long Id, double Score)> ranked, string filter, List<(string, object?)> parameters, int count)
    {
        var passing = new List<(long, double)>();
        foreach (var part in ranked.Chunk(Math.Max(FilterPart, count)))
        {
            var scores = part.ToDictionary(r => r.Id, r => r.Score);
            using var command = commands.Command($"""
                SELECT q.id FROM (SELECT key, value AS id FROM json_each($ranked)) r {Facts("r")}
                WHERE {filter} ORDER BY r.key LIMIT {count - passing.Count}
                """, null, [.. parameters, ("$ranked", JsonIds(part))]);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                passing.Add((reader.GetInt64(0), scores[reader.GetInt64(0)]));
            if (passing.Count == count)
                break;
        }
        return passing;
    }

    /// <summary>The rows (id, score) of a ranking on <paramref name="connection"/>, in the order the SQL gives.</summary>
    public static List<(long Id, double Score)> ReadRanked(SqliteConnection connection, string sql, List<(string, object?)> parameters)
    {
        using var command = SqliteCommands.Command(connection, sql, null, [.. parameters]);
        using var reader = command.ExecuteReader();
        var ranked = new List<(long, double)>();
        while (reader.Read())
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return ranked;
    }

    /// <summary>Ids as a JSON array, for json_each.</summary>
    public static string JsonIds(IEnumerable<(long Id, double Score)> ranked) =>
        "[" + string.Join(",", ranked.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))) + "]";

    public void Dispose() => _second?.Dispose();
}
