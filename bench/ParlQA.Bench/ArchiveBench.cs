using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ParlQA.Archive;
using ParlQA.Archive.Generation;
using ParlQA.Archive.Search;
using ParlQA.Archive.Sqlite;
using ParlQA.Bench.Baselines;
using ParlQA.Model;

namespace ParlQA.Bench;

/// <summary>
/// The archive at scale, on a generated corpus: ingest rate, search latency over 50 realistic queries (with
/// snippets) against the same queries on a plain FTS5 table over the same texts — the way existing tools
/// search — and on Lucene.Net with its Dutch analyzer (the ten best with their stored texts), the recall of
/// ours and plain FTS5 on compound and inflected words, similar-questions latency, size on disk and peak memory.
/// Medians and percentiles over one run; run sizes side by side to see how they grow.
/// </summary>
internal static class ArchiveBench
{
    /// <summary>Fifty queries as users write them: single words, inflections, compound parts, phrases, operators, filters.</summary>
    private static readonly string[] Queries =
    [
        "mensenrechten", "schending", "Tibet", "gevangenen", "geïnformeerd", "informeren", "Xinjiang", "sancties", "ambassade", "dwangarbeid",
        "richtlijnen", "kabinet", "onderzoek", "gemeenten", "jeugdzorg", "politie", "subsidie", "begroting", "eetstoornissen", "organen",
        "\"politieke gevangenen\"", "\"Tashi Wangchuk\"", "\"Uw Kamer wordt\"", "\"Europese Commissie\"", "\"dit najaar\"",
        "Tibet OR Xinjiang", "China -Tibet", "mensenrecht*", "sanctie* EU", "vrijheid religie",
        "schending year:2015", "onderzoek kind:written-questions", "gemeenten from:2012-01-01 to:2016-12-31", "kabinet answered:yes", "politie year:2020",
        "toezicht", "aanbevelingen", "maatregelen", "wetgeving", "uitvoering", "financiering", "verantwoording", "kosten", "bezuinigingen", "evaluatie",
        "oeigoeren", "journalisten", "dialoog", "verdrag", "ratificatie",
    ];

    /// <summary>Queries whose words occur mostly inflected or inside compounds, for the recall comparison.</summary>
    private static readonly string[] RecallQueries = ["schending", "geïnformeerd", "gevangene", "sanctie", "richtlijn", "orgaan", "toezicht", "informatie"];

    public static int Run(string[] args)
    {
        var sizes = args.Length == 0 ? [10_000] : args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var examples = SampleSystems.ReadSamples();
        Console.WriteLine("pairs     ingest pairs/s (plain, Lucene)  search p50  p99     plain FTS5 p50  p99     Lucene p50  p99     ratio p50  similar p50  size MB  peak MB  recall (ours/plain)");
        foreach (var pairs in sizes)
            Measure(pairs, examples);
        return 0;
    }

    /// <summary>Writes a generated archive of <paramref name="pairs"/> question-answer pairs, plus the seed document, to <paramref name="path"/>.</summary>
    public static int Generate(int pairs, string path)
    {
        var examples = SampleSystems.ReadSamples();
        using var archive = SqliteArchive.Open(path);
        foreach (var batch in new CorpusGenerator(examples).Generate(pairs).Chunk(500))
            archive.Store(batch);
        archive.Store(examples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {archive.Stats().Questions} questions"));
        return 0;
    }

    /// <summary>Each of the fifty queries on an existing archive: median of five runs, with and without facets, and the
    /// match count — to see which queries make the percentiles.</summary>
    public static int PerQuery(string path)
    {
        using var archive = SqliteArchive.Open(path);
        Console.WriteLine("median ms  with facets  total   query");
        foreach (var q in Queries)
        {
            var parsed = QueryParser.Parse(q);
            int total = archive.Search(parsed, 10, facets: false).Total;
            var plain = Enumerable.Range(0, 5).Select(_ => Time(() => archive.Search(parsed, 10, facets: false))).ToList();
            var faceted = Enumerable.Range(0, 5).Select(_ => Time(() => archive.Search(parsed, 10, facets: true))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Percentile(plain, 50),9:0.00}  {Percentile(faceted, 50),11:0.00}  {total,6}  {q}"));
        }
        return 0;
    }

    private static void Measure(int pairs, IReadOnlyList<QaDocument> examples)
    {
        var folder = Directory.CreateTempSubdirectory("parlqa-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "archive.db");
            // The corpus is generated as it is stored (never held whole: peak memory is the archive's), and once
            // more, the same for the same seed, for the plain table.
            var questions = new List<string>();
            using var archive = SqliteArchive.Open(path);
            var clock = new Stopwatch();
            int seen = 0;
            foreach (var batch in new CorpusGenerator(examples).Generate(pairs).Chunk(500))
            {
                clock.Start();
                archive.Store(batch);
                clock.Stop();
                foreach (var question in batch.SelectMany(d => d.Questions))
                    if (seen++ % Math.Max(1, pairs / 20) == 0 && questions.Count < 20)
                        questions.Add(question.Text);
            }
            double ingestRate = pairs / clock.Elapsed.TotalSeconds;
            using var plain = PlainFtsSystem.Build(Path.Combine(folder.FullName, "plain.db"), new CorpusGenerator(examples).Generate(pairs));
            double plainRate = pairs / plain.Writing.TotalSeconds;
            using var lucene = LuceneSystem.Build(new CorpusGenerator(examples).Generate(pairs), Path.Combine(folder.FullName, "lucene"));
            double luceneRate = pairs / lucene.Writing.TotalSeconds;
            // Every side: the ten best with snippets (ours also counts the matches; Lucene reads their stored texts);
            // facets are a separate request. One pass first for each, so none is timed cold.
            foreach (var q in Queries)
            {
                archive.Search(QueryParser.Parse(q), 10, facets: false);
                plain.SearchWithSnippets(q);
                lucene.SearchWithTexts(q);
            }
            var ours = Queries.Select(q => Time(() => archive.Search(QueryParser.Parse(q), 10, facets: false))).ToList();
            var theirs = Queries.Select(q => Time(() => plain.SearchWithSnippets(q))).ToList();
            var lucenes = Queries.Select(q => Time(() => lucene.SearchWithTexts(q))).ToList();
            var withFacets = Queries.Select(q => Time(() => archive.Search(QueryParser.Parse(q), 10, facets: true))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (with facets: p50 {Percentile(withFacets, 50):0.00} ms, p99 {Percentile(withFacets, 99):0.0} ms)"));
            var similar = questions.Select(q => Time(() => archive.Similar(q, 10))).ToList();
            int recallOurs = RecallQueries.Sum(q => OurCount(path, q));
            int recallPlain = RecallQueries.Sum(plain.Count);
            double size = new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1e6;
            double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pairs,-9} {ingestRate,7:0} ({plainRate:0}, {luceneRate:0})  {Percentile(ours, 50),8:0.00}ms {Percentile(ours, 99),6:0.0}ms {Percentile(theirs, 50),13:0.00}ms {Percentile(theirs, 99),6:0.0}ms {Percentile(lucenes, 50),9:0.00}ms {Percentile(lucenes, 99),6:0.0}ms {Percentile(ours, 50) / Percentile(theirs, 50),9:0.00}  {Percentile(similar, 50),9:0.00}ms {size,8:0.0} {peak,8:0}  {recallOurs}/{recallPlain}"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>All matches of a query in the archive's index, without the search's cap on counting.</summary>
    private static int OurCount(string path, string query)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        var fts = new FtsQuery();
        command.CommandText = $"SELECT COUNT(*) FROM ({fts.WideSet(QueryParser.Parse(query).Text!)})";
        foreach (var (name, value) in fts.Parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
