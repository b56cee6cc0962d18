using System.Globalization;
using System.Text;
using Npgsql;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// Search and similar questions in the PostgreSQL archive, with the query language and Dutch behaviour of the
/// SQLite one: a plain question made into words that match enough (<see cref="PlainQuery"/>), the words as written
/// ranked above their other forms and those above longer words and compounds (<see cref="MatchLevel"/>), a plain
/// question's matches by how many of its words they hold, each tier ranked by ts_rank_cd (question words weigh more
/// than answer words), or newest first; facets; "did you mean".
/// </summary>
internal sealed class PostgresSearch(NpgsqlDataSource source)
{
    /// <summary>ts_rank weights for D, C, B, A: question words count three times answer words.</summary>
    private const string Weights = "'{0.1, 0.3, 0.3, 1.0}'";

    /// <summary>ts_rank weights that count question words only: similar questions are alike in what they ask.</summary>
    private const string QuestionOnly = "'{0, 0, 0, 1.0}'";

    private const string FromQuestions = "FROM questions q JOIN documents d ON d.id = q.document_id";

    /// <summary>
    /// What a search of words tells the planner first (in the transaction of its statements, sent with its first): no
    /// sequential scans. The planner costs an @@ on a question's vector (2.7 kB on average) like a comparison of two
    /// numbers, so for a common word it read every vector of the table rather than the GIN index's matches
    /// (at 10,000 pairs "kabinet": 41 against 17 ms for the page, 25 against 3 for the count).
    /// </summary>
    private const string IndexFirst = "SET LOCAL enable_seqscan = off";

    public SearchPage Search(SearchQuery query, int limit, int offset, bool facets)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("TRUE");
        var filters = new List<(string, object?)>();
        SqlFilters.Append(query.Filters, where, filters, SqlFilters.Dialect.Postgres);
        using var connection = source.OpenConnection();
        var parameters = filters.Select(p => (p.Item1.TrimStart('@'), p.Item2)).ToList();
        var filter = where.ToString();
        var text = query.Text;
        var page = new SearchPage([], 0);
        if (text is null)
            return Run(connection, null, null, query.Sort, filter, parameters, limit, offset, facets, page);
        using var transaction = connection.BeginTransaction();
        var tsQuery = new TsQuery(SearchForms.Read(connection, text, IndexFirst).Of);
        if (PlainQuery.Words(text) is { } words)
        {
            var questions = new Lazy<long>(() => Questions(connection));
            var plan = PlainQuery.Plan(words, node => Count(connection, $"{filter} AND q.search @@ to_tsquery('simple', @wide)", [.. parameters, ("wide", tsQuery.Build(node, MatchLevel.Wide))]),
                terms => Frequencies(connection, tsQuery, terms, questions.Value), () => questions.Value);
            text = plan.Query;
            page = page with { RelaxedWords = plan.RelaxedWords, RelaxedTo = plan.RelaxedTo };
        }
        var suggestions = DidYouMean.For(text, t => Exists(connection, "q.search @@ to_tsquery('simple', @term)", [("term", tsQuery.Build(t, MatchLevel.Wide))]),
            word => Near(connection, word), candidates => WordFrequencies(connection, candidates));
        page = Run(connection, tsQuery, text, query.Sort, filter, parameters, limit, offset, facets, page) with { DidYouMean = suggestions };
        // Nothing found as typed: the hits of the words suggested instead, said so.
        return page.Total == 0 && suggestions.Count > 0
            ? Run(connection, tsQuery, DidYouMean.Correct(text, suggestions), query.Sort, filter, parameters, limit, offset, facets, page) with { Corrected = true }
            : page;
    }

    /// <summary>One search of a query's text (or of its filters alone): counted, ranked in tiers or by date, with facets.</summary>
    private static SearchPage Run(NpgsqlConnection connection, TsQuery? tsQuery, QueryNode? text, SearchSort sort, string filter,
        List<(string, object?)> filterParameters, int limit, int offset, bool facets, SearchPage page)
    {
        var where = new StringBuilder(filter);
        var parameters = new List<(string, object?)>(filterParameters);
        if (text is null || tsQuery is null)
        {
            var hits = Hits(connection, $"""
                SELECT q.document_id, q.question_id, 0.0::float8 AS score, {ResultRows.HitColumns} {FromQuestions}
                WHERE {where} ORDER BY COALESCE(d.answered_on, d.submitted_on) DESC NULLS LAST, q.document_id, q.id LIMIT @limit OFFSET @offset
                """, HitMarker.For(null), [.. parameters, ("limit", limit), ("offset", offset)]);
            page = page with { Hits = hits, Total = Count(connection, filter, parameters) };
        }
        else
        {
            where.Append(" AND q.search @@ to_tsquery('simple', @wide)");
            parameters.Add(("wide", tsQuery.Build(text, MatchLevel.Wide)));
            parameters.Add(("rank", tsQuery.AnyWord(text)));
            page = Ranked(connection, Tier(tsQuery, text, sort, parameters), sort, where.ToString(), parameters, HitMarker.For(text), limit, offset, page);
        }
        if (!facets)
            return page;
        var ids = $"SELECT q.id {FromQuestions} WHERE {where} LIMIT {SearchPage.CountedUpTo}";
        using var command = Command(connection, SqlFilters.FacetSql(ids), [.. parameters]);
        using var reader = command.ExecuteReader();
        return page with { Facets = SqlFilters.ReadFacets(reader) };
    }

    /// <summary>The tier of a match, best 0 (see <see cref="MatchLevel"/>); by date, one tier.</summary>
    private static string Tier(TsQuery tsQuery, QueryNode text, SearchSort sort, List<(string, object?)> parameters)
    {
        if (sort != SearchSort.Relevance)
            return "0";
        if (text is AtLeastNode least)
        {
            // A question in plain words: the more of its words a question holds, the better.
            parameters.AddRange(least.Terms.Select((t, i) => ($"t{i}", (object?)tsQuery.Build(t, MatchLevel.Wide))));
            return "-(" + string.Join(" + ", least.Terms.Select((_, i) => $"(q.search @@ to_tsquery('simple', @t{i}))::int")) + ")";
        }
        parameters.Add(("exact", tsQuery.Build(text, MatchLevel.Exact)));
        parameters.Add(("forms", tsQuery.Build(text, MatchLevel.Forms)));
        return "CASE WHEN q.search @@ to_tsquery('simple', @exact) THEN 0 WHEN q.search @@ to_tsquery('simple', @forms) THEN 1 ELSE 2 END";
    }

    /// <summary>
    /// The page of a search of words and how many match, in one statement that finds and ranks the matches once (their
    /// ids, scores and tiers; the page's rows are read after): the count was a second statement that found them again.
    /// </summary>
    private static SearchPage Ranked(NpgsqlConnection connection, string tier, SearchSort sort, string where, List<(string, object?)> parameters,
        HitMarker marker, int limit, int offset, SearchPage page)
    {
        string Order(string rows) => sort == SearchSort.Relevance
            ? $"{rows}.tier, {rows}.score DESC, {rows}.id"
            : $"{rows}.day DESC NULLS LAST, {rows}.document_id, {rows}.id";
        int total = 0;
        using var command = Command(connection, $"""
            WITH m AS MATERIALIZED (
              SELECT q.id, q.document_id, COALESCE(d.answered_on, d.submitted_on) AS day, ts_rank_cd({Weights}, q.search, to_tsquery('simple', @rank))::float8 AS score,
                {tier} AS tier {FromQuestions} WHERE {where}),
            p AS (SELECT * FROM m ORDER BY {Order("m")} LIMIT @limit OFFSET @offset)
            SELECT q.document_id, q.question_id, p.score, {ResultRows.HitColumns}, (SELECT COUNT(*) FROM (SELECT 1 FROM m LIMIT {SearchPage.CountedUpTo}) c)
            FROM p JOIN questions q ON q.id = p.id JOIN documents d ON d.id = q.document_id ORDER BY {Order("p")}
            """, [.. parameters, ("limit", limit), ("offset", offset)]);
        List<SearchHit> hits;
        using (var reader = command.ExecuteReader())
            hits = ResultRows.Hits(reader, marker, negate: false, r => total = Convert.ToInt32(r.GetValue(ResultRows.HitWidth), CultureInfo.InvariantCulture));
        // A page past the last hit has no row to carry the count.
        if (hits.Count == 0 && offset > 0)
            total = Count(connection, where, parameters);
        return page with { Hits = hits, Total = total };
    }

    public IReadOnlyList<SearchHit> Similar(string text, int limit, (string DocumentId, string QuestionId)? exclude)
    {
        ArgumentNullException.ThrowIfNull(text);
        var telling = SimilarQuery.TellingStems(text);
        if (telling.Count == 0)
            return [];
        using var connection = source.OpenConnection();
        return Hits(connection, $"""
            SELECT q.document_id, q.question_id, ts_rank({QuestionOnly}, q.search, to_tsquery('simple', @match))::float8 AS score, {ResultRows.HitColumns}
            {FromQuestions} WHERE q.search @@ to_tsquery('simple', @match) AND NOT (q.document_id = @doc AND q.question_id = @qid)
            ORDER BY score DESC, q.id LIMIT @limit
            """, HitMarker.ForStems(SimilarQuery.Stems(text)),
            [("match", TsQuery.AnyInQuestion(telling)), ("doc", exclude?.DocumentId ?? ""), ("qid", exclude?.QuestionId ?? ""), ("limit", limit)]);
    }

    /// <summary>How many questions pass <paramref name="where"/>, counted up to the counting limit.</summary>
    private static int Count(NpgsqlConnection connection, string where, List<(string, object?)> parameters)
    {
        using var command = Command(connection, $"SELECT COUNT(*) FROM (SELECT 1 {FromQuestions} WHERE {where} LIMIT {SearchPage.CountedUpTo}) t", parameters);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Whether any question passes <paramref name="where"/>: the first found is enough.</summary>
    private static bool Exists(NpgsqlConnection connection, string where, List<(string, object?)> parameters)
    {
        using var command = Command(connection, $"SELECT EXISTS (SELECT 1 FROM questions q WHERE {where})", parameters);
        return command.ExecuteScalar() is true;
    }

    private static List<string> Forms(NpgsqlConnection connection, string stem)
    {
        using var command = Command(connection, "SELECT form FROM word_forms WHERE stem = @stem LIMIT 64", [("stem", stem)]);
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

    /// <summary>How many questions hold each word in one of its forms, counted up to the point where it is too common to tell.</summary>
    private static Dictionary<string, long> Frequencies(NpgsqlConnection connection, TsQuery tsQuery, IReadOnlyList<TermNode> words, long questions)
    {
        long tooCommon = SimilarQuery.TooCommon(questions) + 1;
        return words.DistinctBy(w => w.Word).ToDictionary(w => w.Word, w =>
        {
            using var command = Command(connection, $"SELECT COUNT(*) FROM (SELECT 1 FROM questions q WHERE q.search @@ to_tsquery('simple', @forms) LIMIT {tooCommon}) t",
                [("forms", tsQuery.Build(w, MatchLevel.Forms))]);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        });
    }

    private static Dictionary<string, long> WordFrequencies(NpgsqlConnection connection, IReadOnlyCollection<string> words) =>
        words.Distinct().ToDictionary(w => w, w => (long)Count(connection, "q.search @@ to_tsquery('simple', @word)", [("word", $"'{w.Replace("'", "''", StringComparison.Ordinal)}'")]));

    private static List<string> Near(NpgsqlConnection connection, string word)
    {
        using var command = Command(connection, "SELECT form FROM word_forms WHERE left(form, 1) = @first AND length(form) BETWEEN @shortest AND @longest",
            [("first", word[..1]), ("shortest", word.Length - DidYouMean.MaxDistance(word)), ("longest", word.Length + DidYouMean.MaxDistance(word))]);
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

    private static long Questions(NpgsqlConnection connection)
    {
        using var command = Command(connection, "SELECT COALESCE(MAX(id), 0) FROM questions", []);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<SearchHit> Hits(NpgsqlConnection connection, string sql, HitMarker marker, List<(string, object?)> parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, marker, negate: false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, List<(string Name, object? Value)> parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
