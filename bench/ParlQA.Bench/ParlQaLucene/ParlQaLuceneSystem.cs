using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using ParlQA.Archive;
using ParlQA.Archive.Search;
using ParlQA.Archive.Sqlite;
using ParlQA.Model;
using ParlQA.Relevance;
using static ParlQA.Bench.ParlQaLucene.ParlQaLuceneIndex;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ParlQA.Bench.ParlQaLucene;

/// <summary>
/// ParlQA's search planner on a Lucene.Net index with ParlQA's analysis (<see cref="ParlQaLuceneIndex"/>), the design a
/// maintained library would give: the same query language (<see cref="QueryParser"/>), a question in plain words made
/// into words that match enough (<see cref="PlainQuery.Plan"/>), the matches ranked in tiers — the words as written,
/// then their other forms, then longer words and compounds (<see cref="MatchLevel"/>) — each by BM25, counted up to
/// <see cref="SearchPage.CountedUpTo"/>, and "did you mean" (<see cref="DidYouMean"/>) from the index's own terms.
/// Bench only: what adopting Lucene would search like, measured beside ParlQA's SQLite archive.
/// </summary>
internal sealed class ParlQaLuceneSystem : ISearchSystem, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private ParlQaLuceneSystem(LuceneDirectory directory, TimeSpan writing)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        Writing = writing;
    }

    public string Name => "ParlQA on Lucene.Net";

    /// <summary>The time spent analysing, adding and committing, generation of the documents left out.</summary>
    public TimeSpan Writing { get; }

    /// <summary>Indexes the questions of <paramref name="documents"/> in <paramref name="folder"/> (memory when null).</summary>
    public static ParlQaLuceneSystem Build(IEnumerable<QaDocument> documents, string? folder)
    {
        var (directory, writing) = ParlQaLuceneIndex.Build(documents, folder);
        return new ParlQaLuceneSystem(directory, writing);
    }

    public IReadOnlyList<HitId> Search(string query, int limit) =>
        [.. Ranked(query, limit, out _).Select(d => HitId.Parse(_searcher.Doc(d).Get(Id, CultureInfo.InvariantCulture)))];

    /// <summary>A page as ParlQA's archive gives one (facets aside): the ten best with their texts, the question's
    /// snippet and the answer's passage marked, and the number of matches; returns that number.</summary>
    public int Page(string query)
    {
        var best = Ranked(query, 10, out var page);
        var marker = HitMarker.For(page.Text);
        foreach (var doc in best)
        {
            var stored = _searcher.Doc(doc);
            _ = Snippets.Make(stored.Get("q", CultureInfo.InvariantCulture), marker);
            _ = Snippets.Passage(stored.Get("a", CultureInfo.InvariantCulture), marker);
        }
        return page.Total;
    }

    /// <summary>What a search found: the text part searched (after planning and correcting) and its number of matches.</summary>
    private readonly record struct Found(QueryNode? Text, int Total);

    /// <summary>The best <paramref name="limit"/> documents of a query as ParlQA's SQLite archive plans it.</summary>
    private List<int> Ranked(string typed, int limit, out Found found)
    {
        found = new Found(null, 0);
        SearchQuery query;
        try
        {
            query = QueryParser.Parse(typed);
        }
        catch (QueryParseException)
        {
            return [];
        }
        if (query.Text is null)
            return [];
        var filters = query.Filters.Select(ParlQaLuceneQuery.Filter).OfType<Query>().ToList();
        var text = query.Text;
        if (PlainQuery.Words(text) is { } words)
            text = PlainQuery.Plan(words, node => Count(ParlQaLuceneQuery.Match(node, MatchLevel.Wide), filters), StemFrequencies, () => _reader.NumDocs).Query;
        var suggestions = DidYouMean.For(text, Known, Near, WordFrequencies);
        var hits = Tiers(text, filters, limit, out int total);
        if (total == 0 && suggestions.Count > 0)
        {
            text = DidYouMean.Correct(text, suggestions);
            hits = Tiers(text, filters, limit, out total);
        }
        found = new Found(text, total);
        return hits;
    }

    /// <summary>The matches ranked in tiers, best level first, each tier only when the one before leaves room; the total
    /// is the first tier's when it reaches the counting limit, else the widest level's.</summary>
    private List<int> Tiers(QueryNode text, List<Query> filters, int limit, out int total)
    {
        var levels = FtsQuery.Levels(text);
        var hits = new List<int>();
        total = 0;
        for (int i = 0; i < levels.Count && (i == 0 || hits.Count < limit); i++)
        {
            var tier = Filtered(ParlQaLuceneQuery.Match(text, levels[i]), filters);
            if (i > 0)
                tier.Add(ParlQaLuceneQuery.Match(text, levels[i - 1]), Occur.MUST_NOT);
            var top = _searcher.Search(tier, limit - hits.Count);
            if (i == 0)
            {
                total = Math.Min(top.TotalHits, SearchPage.CountedUpTo);
                if (total < SearchPage.CountedUpTo && levels.Count > 1)
                    total = Count(ParlQaLuceneQuery.Match(text, levels[^1]), filters);
            }
            hits.AddRange(top.ScoreDocs.Select(d => d.Doc));
        }
        return hits;
    }

    private static BooleanQuery Filtered(Query match, List<Query> filters)
    {
        var query = ParlQaLuceneQuery.Boolean((match, Occur.MUST));
        foreach (var filter in filters)
            query.Add(filter, Occur.MUST);
        return query;
    }

    /// <summary>How many rows a query matches with the filters, counted up to <see cref="SearchPage.CountedUpTo"/>.</summary>
    private int Count(Query match, List<Query> filters)
    {
        var counter = new CappedCount(SearchPage.CountedUpTo);
        _searcher.Search(Filtered(match, filters), counter);
        return counter.Count;
    }

    /// <summary>Whether the index holds the word in some form, or a compound ending in it: a term of the reversed
    /// stems that starts with its reversed stem.</summary>
    private bool Known(TermNode term)
    {
        var reversed = new BytesRef(DutchTerms.Reverse(DutchTerms.Stem(term.Word)));
        foreach (var (text, _) in Texts)
        {
            var terms = MultiFields.GetTerms(_reader, Stems(text))?.GetEnumerator();
            if (terms is not null && terms.SeekCeil(reversed) != TermsEnum.SeekStatus.END && StringHelper.StartsWith(terms.Term, reversed))
                return true;
        }
        return false;
    }

    /// <summary>Words of the index that could be <paramref name="word"/> misspelt: the same first letter, a length near
    /// it, no digits (as ParlQA's index of forms holds them).</summary>
    private IReadOnlyList<string> Near(string word)
    {
        int max = DidYouMean.MaxDistance(word);
        var near = new HashSet<string>(StringComparer.Ordinal);
        var first = new BytesRef(word[..1]);
        foreach (var (text, _) in Texts)
        {
            var terms = MultiFields.GetTerms(_reader, Words(text))?.GetEnumerator();
            if (terms is null || terms.SeekCeil(first) == TermsEnum.SeekStatus.END)
                continue;
            do
            {
                if (!StringHelper.StartsWith(terms.Term, first))
                    break;
                var candidate = terms.Term.Utf8ToString();
                if (Math.Abs(candidate.Length - word.Length) <= max && !candidate.Any(char.IsAsciiDigit))
                    near.Add(candidate);
            }
            while (terms.MoveNext());
        }
        return [.. near];
    }

    /// <summary>How many questions hold each word as written (in the question or the answer: the larger of the two).</summary>
    private Dictionary<string, long> WordFrequencies(IReadOnlyCollection<string> words) =>
        words.Distinct().ToDictionary(w => w, w => (long)Texts.Max(t => _reader.DocFreq(new Term(Words(t.Text), w))), StringComparer.Ordinal);

    /// <summary>How many questions hold each word in some form: the document frequency of its reversed stem.</summary>
    private Dictionary<string, long> StemFrequencies(IReadOnlyList<TermNode> words) =>
        words.DistinctBy(w => w.Word).ToDictionary(w => w.Word,
            w => (long)Texts.Max(t => _reader.DocFreq(new Term(Stems(t.Text), DutchTerms.Reverse(DutchTerms.Stem(w.Word))))), StringComparer.Ordinal);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Counts matches and stops each segment's search once <c>cap</c> are counted.</summary>
    private sealed class CappedCount(int cap) : ICollector
    {
        public int Count { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            if (Count >= cap)
                throw new CollectionTerminatedException();
        }

        public void Collect(int doc)
        {
            if (++Count >= cap)
                throw new CollectionTerminatedException();
        }
    }
}
