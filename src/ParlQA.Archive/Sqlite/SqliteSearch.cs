using System.Globalization;
using System.Text;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The search planner of the SQLite archive: a plain question made into words that match enough
/// (<see cref="PlainQuery"/>), the matches counted, ranked in tiers (the words as written, then their other forms,
/// then longer words and compounds: <see cref="MatchLevel"/>) or by date, filtered, their facets counted, and a
/// suggestion for each word the archive does not hold. The SQL of the text part comes from <see cref="FtsQuery"/>;
/// ranking runs in <see cref="SqliteRanking"/>.
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
        var filter = where.ToString();
        if (query.Text is null)
            return Browse(filter, parameters, limit, offset, facets);
        var text = query.Text;
        var page = new SearchPage([], 0);
        if (PlainQuery.Words(text) is { } words)
        {
            var plan = PlainQuery.Plan(words, node => CountWide(node, filter, parameters), FrequenciesOf, vocabulary.Questions);
            text = plan.Query;
            page = page with { RelaxedWords = plan.RelaxedWords, RelaxedTo = plan.RelaxedTo };
        }
        var suggestions = DidYouMean.For(text, t => vocabulary.Forms(DutchTerms.Stem(t.Word)).Count > 0 || vocabulary.Endings(DutchTerms.Stem(t.Word)).Count > 0,
            vocabulary.Near, vocabulary.WordFrequencies);
        page = Match(text, query.Sort, filter, parameters, limit, offset, facets, page) with { DidYouMean = suggestions };
        // Nothing found as typed: the hits of the words suggested instead, said so.
        return page.Total == 0 && suggestions.Count > 0
            ? Match(DidYouMean.Correct(text, suggestions), query.Sort, filter, parameters, limit, offset, facets, page) with { Corrected = true }
            : page;
    }

    /// <summary>A search of filters only: the matching questions newest first.</summary>
    private SearchPage Browse(string filter, List<(string, object?)> parameters, int limit, int offset, bool facets)
    {
        var all = $"SELECT q.id FROM questions q JOIN documents d ON d.id = q.document_id WHERE {filter}";
        var newest = SqliteRanking.ReadRanked(commands.Connection,
            $"{all} ORDER BY COALESCE(d.answered_on, d.submitted_on) DESC NULLS LAST, q.document_id, q.id LIMIT {limit} OFFSET {offset}".Replace("SELECT q.id", "SELECT q.id, 0.0", StringComparison.Ordinal), parameters);
        return new SearchPage(HitsOf(newest, HitMarker.None), CountMatches(all, parameters))
        {
            Facets = facets ? FacetsOf($"{all} LIMIT {SearchPage.CountedUpTo}", parameters) : [],
        };
    }

    /// <summary>How many questions a query matches at the widest level, with the filters, up to the counting limit.</summary>
    private int CountWide(QueryNode node, string filter, List<(string, object?)> parameters)
    {
        var fts = new FtsQuery(vocabulary.Forms);
        var set = fts.Set(node, MatchLevel.Wide);
        return CountMatches(Passing(set, filter), [.. parameters, .. fts.Parameters]);
    }

    /// <summary>A search with words: counted, ranked in tiers (or by date), filtered, and its facets counted.</summary>
    private SearchPage Match(QueryNode text, SearchSort sort, string filter, List<(string, object?)> parameters, int limit, int offset, bool facets, SearchPage page)
    {
        var fts = new FtsQuery(vocabulary.Forms);
        List<(string, object?)> Bound() => [.. parameters, .. fts.Parameters];
        var levels = FtsQuery.Levels(text);
        var sets = new Dictionary<MatchLevel, string>();
        string Set(MatchLevel level) => sets.TryGetValue(level, out var set) ? set : sets[level] = fts.Set(text, level);
        // The first level is counted first: when it alone reaches the counting limit, so does the widest.
        int firstCount = CountMatches(Passing(Set(levels[0]), filter), Bound());
        bool firstReachesLimit = firstCount >= SearchPage.CountedUpTo || levels.Count == 1;
        int total = firstReachesLimit ? firstCount : CountMatches(Passing(Set(levels[^1]), filter), Bound());
        var marker = HitMarker.For(text);
        if (sort == SearchSort.Date)
        {
            var newest = ByDate(Set(levels[^1]), filter, Bound(), limit, offset);
            return page with
            {
                Hits = HitsOf(newest, marker), Total = total,
                Facets = facets ? FacetsOf($"{Passing(Set(levels[^1]), filter)} LIMIT {SearchPage.CountedUpTo}", Bound()) : [],
            };
        }
        // Each tier is ranked only when the page reaches past the one before, and once: the facets of an unfiltered
        // search are counted over the best matches the page comes from.
        bool facetsFromRanking = facets && filter == NoFilter && firstReachesLimit;
        int depth = offset + limit;
        // Many matches to rank (or a filter to apply after ranking): worth both cores.
        bool large = firstCount >= SearchPage.CountedUpTo || filter != NoFilter;
        // A tier of few rows is ranked by all they hold of each word; a common word's, by the word itself (cheaper). Few or
        // many in the whole archive, not among the rows a filter passes: a filter must not change the order of what it keeps.
        bool fewInArchive = filter == NoFilter ? firstCount < SearchPage.CountedUpTo : CountMatches(Set(levels[0]), Bound()) < SearchPage.CountedUpTo;
        var rankedFirst = fts.RankedFirst(text, fewInArchive && levels.Count > 1 ? vocabulary.Endings : null);
        var first = ranking.RankedIds(rankedFirst, filter, Bound(), facetsFromRanking ? Math.Max(depth, SearchPage.CountedUpTo) : depth, large);
        var hits = first.Skip(offset).Take(limit).ToList();
        // Fewer than asked for: every match of the tier is in the list, so its length is their number.
        int before = Math.Min(first.Count, depth);
        for (int i = 1; i < levels.Count && hits.Count < limit; i++)
        {
            int skip = Math.Max(0, offset - before);
            var candidates = Passing($"SELECT id FROM ({Set(levels[i])}) EXCEPT SELECT id FROM ({Set(levels[i - 1])})", filter);
            var tier = SqliteRanking.ReadRanked(commands.Connection, $"""
                WITH tier(id) AS MATERIALIZED ({candidates})
                SELECT id, score FROM ({fts.RankedTier(text, levels[i], "tier", vocabulary.Endings)}) ORDER BY score, id LIMIT {skip + limit - hits.Count}
                """, Bound());
            hits.AddRange(tier.Skip(skip));
            before += tier.Count;
        }
        if (text is AtLeastNode)
        {
            // The words a row holds ordered the ranking; the score shown is its BM25 alone.
            hits = [.. hits.Select(h => (h.Id, h.Score % FtsQuery.WordWeight))];
        }
        if (!facets)
            return page with { Hits = HitsOf(hits, marker), Total = total };
        var facetIds = !firstReachesLimit ? Passing(Set(levels[^1]), filter)
            : facetsFromRanking ? "SELECT value AS id FROM json_each($facetIds)" : Passing(Set(levels[0]), filter);
        List<(string, object?)> facetParameters = facetsFromRanking ? [.. Bound(), ("$facetIds", SqliteRanking.JsonIds(first.Take(SearchPage.CountedUpTo)))] : Bound();
        return page with { Hits = HitsOf(hits, marker), Total = total, Facets = FacetsOf($"{facetIds} LIMIT {SearchPage.CountedUpTo}", facetParameters) };
    }

    /// <summary>A page of a set's ids that pass the filters, newest first (by answer, else question date).</summary>
    private List<(long Id, double Score)> ByDate(string ids, string filter, List<(string, object?)> parameters, int limit, int offset) =>
        SqliteRanking.ReadRanked(commands.Connection, $"""
            SELECT s.id, 0.0 FROM ({ids}) s {SqliteRanking.Facts("s")} WHERE {filter}
            ORDER BY COALESCE(d.answered_on, d.submitted_on) DESC NULLS LAST, q.document_id, q.id LIMIT {limit} OFFSET {offset}
            """, parameters);

    /// <summary>How many questions hold each word or one of its forms (the most common form: a lower bound).</summary>
    private Dictionary<string, long> FrequenciesOf(IReadOnlyList<TermNode> words)
    {
        var stems = vocabulary.StemFrequencies(words.Select(w => DutchTerms.Stem(w.Word)).ToList());
        return words.DistinctBy(w => w.Word).ToDictionary(w => w.Word, w => stems[DutchTerms.Stem(w.Word)]);
    }

    /// <summary>The ids of a set (column <c>id</c>) whose question and document pass the filters.</summary>
    private static string Passing(string ids, string filter) => filter == NoFilter ? ids
        : $"SELECT s.id FROM ({ids}) s {SqliteRanking.Facts("s")} WHERE {filter}";

    /// <summary>How many ids a set holds, counted up to <see cref="SearchPage.CountedUpTo"/>.</summary>
    private int CountMatches(string ids, List<(string, object?)> parameters) =>
        Convert.ToInt32(commands.Scalar($"SELECT COUNT(*) FROM (SELECT 1 FROM ({ids}) LIMIT {SearchPage.CountedUpTo})", null, [.. parameters]), CultureInfo.InvariantCulture);

    /// <summary>The hits of ranked ids, in their order, with texts, snippets and their documents' facts.</summary>
    private List<SearchHit> HitsOf(List<(long Id, double Score)> ranked, HitMarker marker)
    {
        if (ranked.Count == 0)
            return [];
        using var command = commands.Command($"""
            SELECT q.document_id, q.question_id, json_extract(p.value, '$[1]'), {ResultRows.HitColumns}
            FROM json_each($page) p JOIN questions q ON q.id = json_extract(p.value, '$[0]') JOIN documents d ON d.id = q.document_id ORDER BY p.key
            """, null, ("$page", "[" + string.Join(",", ranked.Select(r => string.Create(CultureInfo.InvariantCulture, $"[{r.Id},{r.Score:R}]"))) + "]"));
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, marker, negate: true);
    }

    /// <summary>Facet counts over a set of question ids (the best-ranked matches).</summary>
    private List<Facet> FacetsOf(string ids, List<(string, object?)> parameters)
    {
        using var command = commands.Command(SqlFilters.FacetSql(ids, $"m {SqliteRanking.Facts("m")}"), null, [.. parameters]);
        using var reader = command.ExecuteReader();
        return SqlFilters.ReadFacets(reader);
    }
}
