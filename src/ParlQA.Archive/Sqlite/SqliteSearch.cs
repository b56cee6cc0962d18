using System.Globalization;
using System.Text;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The search planner of the SQLite archive: counts the matches, ranks them in two tiers (the words themselves,
/// then what only the wider match finds: compounds, longer words), applies the filters and counts the facets.
/// The SQL of the text part comes from <see cref="FtsQuery"/>; ranking runs in <see cref="SqliteRanking"/>.
/// </summary>
internal sealed class SqliteSearch(SqliteCommands commands, SqliteRanking ranking, SqliteVocabulary vocabulary)
{
    /// <summary>The filter of a search without filters.</summary>
    public const string NoFilter = "1 = 1";

    public SearchPage Search(SearchQuery query, int limit, int offset, bool facets)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(NoFilter);
        var parameters = new List<(string, object?)>();
        SqlFilters.Append(query.Filters, where, parameters, SqlFilters.Dialect.Sqlite);
        return query.Text is null
            ? Browse(where.ToString(), parameters, limit, offset, facets)
            : Match(query.Text, where.ToString(), parameters, limit, offset, facets);
    }

    /// <summary>A search of filters only: the matching questions newest first.</summary>
    private SearchPage Browse(string filter, List<(string, object?)> parameters, int limit, int offset, bool facets)
    {
        var sql = $"""
            SELECT q.document_id, q.question_id, 0.0 AS score, q.text, q.answer_text FROM questions q JOIN documents d ON d.id = q.document_id
            WHERE {filter} ORDER BY COALESCE(d.answered_on, d.submitted_on) DESC, q.position LIMIT $limit OFFSET $offset
            """;
        var count = $"SELECT COUNT(*) FROM (SELECT 1 FROM questions q JOIN documents d ON d.id = q.document_id WHERE {filter} LIMIT {SearchPage.CountedUpTo})";
        int all = Convert.ToInt32(commands.Scalar(count, null, [.. parameters]), CultureInfo.InvariantCulture);
        using var command = commands.Command(sql, null, [.. parameters, ("$limit", limit), ("$offset", offset)]);
        using var reader = command.ExecuteReader();
        var facetIds = $"SELECT q.id FROM questions q JOIN documents d ON d.id = q.document_id WHERE {filter} LIMIT {SearchPage.CountedUpTo}";
        return new SearchPage(ResultRows.Hits(reader, [], negate: true), all) { Facets = facets ? FacetsOf(facetIds, parameters) : [] };
    }

    /// <summary>A search with words: counted, ranked in two tiers, filtered, and its facets counted.</summary>
    private SearchPage Match(QueryNode text, string filter, List<(string, object?)> parameters, int limit, int offset, bool facets)
    {
        var fts = new FtsQuery();
        List<(string, object?)> Bound() => [.. parameters, .. fts.Parameters];
        var exactSet = fts.ExactSet(text);
        string? wideSet = null;
        string Wide() => wideSet ??= fts.WideSet(text);
        bool widens = FtsQuery.Widens(text);
        // The narrow match is counted first: when it alone reaches the counting limit, so does the wide one.
        int narrow = CountMatches(Passing(exactSet, filter), Bound());
        int total = widens && narrow < SearchPage.CountedUpTo ? CountMatches(Passing(Wide(), filter), Bound()) : narrow;
        var stems = QueryTree.Stems(text).ToList();
        // Ranked in two tiers: the words themselves (and their inflections) first, then what only the wider
        // match finds (compounds, longer words). Ranking the narrow tier is as cheap as a plain index; the
        // wider one is ranked only when a page reaches past the narrow one. Each tier is ranked once: the
        // facets of an unfiltered search are counted over the same best matches the page comes from.
        bool facetsFromRanking = facets && filter == NoFilter && !(narrow < SearchPage.CountedUpTo && widens);
        int depth = offset + limit;
        // Many matches to rank (or a filter to apply after ranking): worth both cores.
        bool large = narrow >= SearchPage.CountedUpTo || filter != NoFilter;
        var exact = ranking.RankedIds(fts.RankedExact(text), filter, Bound(), facetsFromRanking ? Math.Max(depth, SearchPage.CountedUpTo) : depth, large);
        var page = exact.Skip(offset).Take(limit).ToList();
        if (page.Count < limit && widens)
        {
            // Fewer than asked for: every exact match is in the list, so its length is their number.
            int skipWide = Math.Max(0, offset - Math.Min(exact.Count, depth));
            var candidates = Passing($"SELECT id FROM ({Wide()}) EXCEPT SELECT id FROM ({exactSet})", filter);
            var wide = SqliteRanking.ReadRanked(commands.Connection, $"""
                WITH wide(id) AS MATERIALIZED ({candidates})
                SELECT id, score FROM ({fts.RankedWide(text, "wide", vocabulary.Endings)}) ORDER BY score, id LIMIT {skipWide + limit - page.Count}
                """, Bound());
            page.AddRange(wide.Skip(skipWide));
        }
        var hits = HitsOf(page, stems);
        if (!facets)
            return new SearchPage(hits, total);
        var facetIds = narrow < SearchPage.CountedUpTo && widens ? Passing(Wide(), filter)
            : facetsFromRanking ? "SELECT value AS id FROM json_each($facetIds)" : Passing(exactSet, filter);
        List<(string, object?)> facetParameters = facetsFromRanking ? [.. Bound(), ("$facetIds", SqliteRanking.JsonIds(exact.Take(SearchPage.CountedUpTo)))] : Bound();
        return new SearchPage(hits, total) { Facets = FacetsOf($"{facetIds} LIMIT {SearchPage.CountedUpTo}", facetParameters) };
    }

    /// <summary>The ids of a set (column <c>id</c>) whose question and document pass the filters.</summary>
    private static string Passing(string ids, string filter) => filter == NoFilter ? ids
        : $"SELECT s.id FROM ({ids}) s {SqliteRanking.Facts("s")} WHERE {filter}";

    /// <summary>How many ids a set holds, counted up to <see cref="SearchPage.CountedUpTo"/>.</summary>
    private int CountMatches(string ids, List<(string, object?)> parameters) =>
        Convert.ToInt32(commands.Scalar($"SELECT COUNT(*) FROM (SELECT 1 FROM ({ids}) LIMIT {SearchPage.CountedUpTo})", null, [.. parameters]), CultureInfo.InvariantCulture);

    /// <summary>The hits of ranked ids, in their order, with texts and snippets.</summary>
    private List<SearchHit> HitsOf(List<(long Id, double Score)> ranked, IReadOnlyCollection<string> stems)
    {
        if (ranked.Count == 0)
            return [];
        using var command = commands.Command("""
            SELECT q.document_id, q.question_id, json_extract(p.value, '$[1]'), q.text, q.answer_text
            FROM json_each($page) p JOIN questions q ON q.id = json_extract(p.value, '$[0]') ORDER BY p.key
            """, null, ("$page", "[" + string.Join(",", ranked.Select(r => string.Create(CultureInfo.InvariantCulture, $"[{r.Id},{r.Score:R}]"))) + "]"));
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, stems, negate: true);
    }

    /// <summary>Facet counts over a set of question ids (the best-ranked matches).</summary>
    private List<Facet> FacetsOf(string ids, List<(string, object?)> parameters)
    {
        using var command = commands.Command(SqlFilters.FacetSql(ids, $"m {SqliteRanking.Facts("m")}"), null, [.. parameters]);
        using var reader = command.ExecuteReader();
        return SqlFilters.ReadFacets(reader);
    }
}
