using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ParlQA.Model;
using ParlQA.Relevance;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ParlQA.Bench.Baselines;

/// <summary>
/// The library baseline: Lucene.Net 4.8 with its Dutch analyzer (standard tokenizer, lower case, Dutch stop
/// words, Snowball's Dutch stemmer), each question and its answer as two text fields, BM25 (as the other
/// systems rank), the classic query parser over both fields with its default OR. Bench only, not the product.
/// </summary>
internal sealed class LuceneSystem : ISearchSystem, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly DutchAnalyzer _analyzer = new(Version);

    private LuceneSystem(LuceneDirectory directory, TimeSpan writing)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        Writing = writing;
    }

    public string Name => "Lucene.Net";

    /// <summary>The time spent adding documents and committing, generation of the documents left out.</summary>
    public TimeSpan Writing { get; }

    /// <summary>Indexes the questions of <paramref name="documents"/> in <paramref name="folder"/> (memory when null).</summary>
    public static LuceneSystem Build(IEnumerable<QaDocument> documents, string? folder)
    {
        LuceneDirectory directory = folder is null ? new RAMDirectory() : FSDirectory.Open(folder);
        var config = new IndexWriterConfig(Version, new DutchAnalyzer(Version))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        var clock = new Stopwatch();
        using (var writer = new IndexWriter(directory, config))
        {
            var id = new StringField("id", "", Field.Store.YES);
            var q = new TextField("q", "", Field.Store.YES);
            var a = new TextField("a", "", Field.Store.YES);
            var row = new Document { id, q, a };
            foreach (var document in documents)
            {
                clock.Start();
                foreach (var (hit, question, answer) in QuestionTexts.Of(document))
                {
                    id.SetStringValue(hit.ToString());
                    q.SetStringValue(question);
                    a.SetStringValue(answer);
                    writer.AddDocument(row);
                }
                clock.Stop();
            }
            clock.Start();
            writer.Commit();
        }
        clock.Stop();
        return new LuceneSystem(directory, clock.Elapsed);
    }

    public IReadOnlyList<HitId> Search(string query, int limit) =>
        [.. Top(query, limit).Select(d => HitId.Parse(_searcher.Doc(d.Doc).Get("id", CultureInfo.InvariantCulture)))];

    /// <summary>The best ten with their stored texts, as a search page needs them (for timing; no snippets).</summary>
    public int SearchWithTexts(string query)
    {
        int n = 0;
        foreach (var hit in Top(query, 10))
        {
            var stored = _searcher.Doc(hit.Doc);
            n += stored.Get("q", CultureInfo.InvariantCulture).Length > 0 ? 1 : 0;
        }
        return n;
    }

    private ScoreDoc[] Top(string query, int limit)
    {
        var user = UserQuery.Parse(query);
        if (user.IsEmpty)
            return [];
        Query parsed;
        try
        {
            parsed = new MultiFieldQueryParser(Version, ["q", "a"], _analyzer).Parse(user.ToLucene());
        }
        catch (ParseException)
        {
            return [];
        }
        return _searcher.Search(parsed, limit).ScoreDocs;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
