using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ParlQA.Archive;
using ParlQA.Archive.Generation;
using ParlQA.Archive.Search;
using ParlQA.Archive.Sqlite;
using ParlQA.Bench.Baselines;
using ParlQA.Bench.ParlQaLucene;
using ParlQA.Model;

namespace ParlQA.Bench;

/// <summary>
/// The archive at scale, on a generated corpus: ingest rate, search latency over 50 realistic queries (with
/// snippets) against the same queries on a plain FTS5 table over the same texts — the way existing tools
/// search — on Lucene.Net with its Dutch analyzer (the ten best with their stored texts), on Lucene.Net with ParlQA's
/// analysis and planner (the ten best with their snippets) and, given a server, on
/// ParlQA's PostgreSQL archive and plain PostgreSQL search; the recall of ours and plain FTS5 on compound and
/// inflected words, similar-questions latency, size on disk and peak memory. Medians and percentiles over one run;
/// run sizes side by side to see how they grow.
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

    /// <summary>archive [--pg CONNECTION [--pg-only]] [--per-query] SIZE…: --pg-only measures the two PostgreSQL systems alone (an
    /// hours-long run at a million pairs need not repeat the SQLite side); --per-query also prints each query's time on every system.</summary>
    public static int Run(string[] args)
    {
        int pg = Array.IndexOf(args, "--pg");
        string? postgres = pg >= 0 && pg + 1 < args.Length ? args[pg + 1] : null;
        bool pgOnly = postgres is not null && args.Contains("--pg-only");
        bool perQuery = args.Contains("--per-query");
        var sizes = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (pg < 0 || i != pg + 1))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var examples = SampleSystems.ReadSamples();
        foreach (var pairs in sizes.Length == 0 ? [10_000] : sizes)
        {
            if (pgOnly)
            {
                using var server = new PostgresSpeed(postgres!, pairs, examples);
                Report(pairs, server.Subjects, TimeInterleaved(server.Subjects), perQuery);
            }
            else
            {
                Measure(pairs, examples, postgres, perQuery);
            }
        }
        return 0;
    }

    /// <summary>Writes a generated archive of <paramref name="pairs"/> question-answer pairs, plus the samples, to <paramref name="path"/>
    /// (a SQLite file, or a PostgreSQL connection string as --db takes it).</summary>
    public static int Generate(int pairs, string path)
    {
        var examples = SampleSystems.ReadSamples();
        using var archive = ArchiveOpener.Open(path, create: true);
        foreach (var batch in new CorpusGenerator(examples).Generate(pairs).Chunk(500))
            archive.Store(batch);
        archive.Store(examples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {archive.Stats().Questions} questions"));
        return 0;
    }

    /// <summary>Each of the fifty queries on an existing archive (either engine): median and fastest of nine runs, with and without facets,
    /// and the match count — to see which queries make the percentiles; <paramref name="only"/> names other queries to time instead.</summary>
    public static int PerQuery(string path, IReadOnlyList<string> only)
    {
        using var archive = ArchiveOpener.Open(path);
        Console.WriteLine("median ms  with facets  total  fastest  with facets  query");
        foreach (var q in only.Count > 0 ? only : Queries)
        {
            var parsed = QueryParser.Parse(q);
            int total = archive.Search(parsed, 10, facets: false).Total;
            var plain = Enumerable.Range(0, 9).Select(_ => Time(() => archive.Search(parsed, 10, facets: false))).ToList();
            var faceted = Enumerable.Range(0, 9).Select(_ => Time(() => archive.Search(parsed, 10, facets: true))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Percentile(plain, 50),9:0.00}  {Percentile(faceted, 50),11:0.00}  {total,5}  {plain.Min(),7:0.00}  {faceted.Min(),11:0.00}  {q}"));
        }
        return 0;
    }

    private static void Measure(int pairs, IReadOnlyList<QaDocument> examples, string? postgres, bool perQuery)
    {
        var folder = Directory.CreateTempSubdirectory("parlqa-bench-");
        try
        {
            var path = Path.Combine(folder.FullName, "archive.db");
            // The corpus is generated as it is stored (never held whole), and again, the same for the same seed, for each
            // other system. Peak memory is read after our ingest, before any other system is built in this process.
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
            double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
            using var plain = PlainFtsSystem.Build(Path.Combine(folder.FullName, "plain.db"), new CorpusGenerator(examples).Generate(pairs));
            using var lucene = LuceneSystem.Build(new CorpusGenerator(examples).Generate(pairs), Path.Combine(folder.FullName, "lucene"));
            using var parlqaLucene = ParlQaLuceneSystem.Build(new CorpusGenerator(examples).Generate(pairs), Path.Combine(folder.FullName, "parlqa-lucene"));
            using var server = postgres is null ? null : new PostgresSpeed(postgres, pairs, examples);
            // Every system: the ten best with snippets (ours also counts the matches; Lucene reads their stored texts);
            // facets are a separate request.
            SpeedSubject[] subjects =
            [
                new("ParlQA (SQLite)", pairs / clock.Elapsed.TotalSeconds, q => archive.Search(QueryParser.Parse(q), 10, facets: false)),
                new(plain.Name, pairs / plain.Writing.TotalSeconds, q => plain.SearchWithSnippets(q)),
                new(lucene.Name, pairs / lucene.Writing.TotalSeconds, q => lucene.SearchWithTexts(q)),
                new(parlqaLucene.Name, pairs / parlqaLucene.Writing.TotalSeconds, q => parlqaLucene.Page(q)),
                .. server?.Subjects ?? [],
            ];
            Report(pairs, subjects, TimeInterleaved(subjects), perQuery);
            var withFacets = Queries.Select(q => Time(() => archive.Search(QueryParser.Parse(q), 10, facets: true))).ToList();
            var similar = questions.Select(q => Time(() => archive.Similar(q, 10))).ToList();
            int recallOurs = RecallQueries.Sum(q => OurCount(path, q));
            int recallPlain = RecallQueries.Sum(plain.Count);
            double size = new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ParlQA (SQLite): with facets p50 {Percentile(withFacets, 50):0.00} / p99 {Percentile(withFacets, 99):0.0} ms, similar p50 {Percentile(similar, 50):0.00} ms, {size:0} MB, peak {peak:0} MB (after ingest), matches on inflected and compound words {recallOurs:N0} (plain FTS5 {recallPlain:N0})"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A line per system: ingest rate, p50 and p99, and its p50 against the first system's; <paramref name="perQuery"/>:
    /// then a line per query with its time on each system, slowest on the first system first.</summary>
    private static void Report(int pairs, IReadOnlyList<SpeedSubject> subjects, Dictionary<string, List<double>> latencies, bool perQuery)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pairs:N0} pairs: ingest pairs/s, search p50 / p99 ms (50 queries, ten best with snippets, each system warm)"));
        double first = Percentile(latencies[subjects[0].Name], 50);
        foreach (var subject in subjects)
        {
            var times = latencies[subject.Name];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {subject.Name,-20} {subject.PairsPerSecond,9:N0} {Percentile(times, 50),9:0.00} {Percentile(times, 99),8:0.0}   p50 ratio to {subjects[0].Name} {Percentile(times, 50) / first:0.00}"));
        }
        if (!perQuery)
            return;
        Console.WriteLine("  ms per query: " + string.Join(" | ", subjects.Select(s => s.Name)));
        foreach (int i in Enumerable.Range(0, Queries.Length).OrderByDescending(i => latencies[subjects[0].Name][i]))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {string.Join(" | ", subjects.Select(s => latencies[s.Name][i].ToString("0.00", CultureInfo.InvariantCulture))),-60} {Queries[i]}"));
    }

    /// <summary>Each query asked of every system in turn (after one pass to warm them all), so a change in the machine's
    /// load falls on all systems alike.</summary>
    private static Dictionary<string, List<double>> TimeInterleaved(IReadOnlyList<SpeedSubject> subjects)
    {
        foreach (var q in Queries)
        {
            foreach (var subject in subjects)
                subject.Page(q);
        }
        var times = subjects.ToDictionary(s => s.Name, _ => new List<double>());
        foreach (var q in Queries)
        {
            foreach (var subject in subjects)
                times[subject.Name].Add(Time(() => subject.Page(q)));
        }
        return times;
    }

    /// <summary>All matches of a query in the archive's index, without the search's cap on counting.</summary>
    private static int OurCount(string path, string query)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        var fts = new FtsQuery(stem => Forms(connection, stem));
        command.CommandText = $"SELECT COUNT(*) FROM ({fts.Set(QueryParser.Parse(query).Text!, MatchLevel.Wide)})";
        foreach (var (name, value) in fts.Parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<string> Forms(SqliteConnection connection, string stem)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT form FROM word_forms WHERE stem = $stem";
        command.Parameters.AddWithValue("$stem", stem);
        using var reader = command.ExecuteReader();
        var forms = new List<string>();
        while (reader.Read())
            forms.Add(reader.GetString(0));
        return forms;
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
