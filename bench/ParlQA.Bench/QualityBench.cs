using System.Globalization;
using System.Text;
using ParlQA.Bench.Baselines;
using ParlQA.Model;
using ParlQA.Relevance;

namespace ParlQA.Bench;

/// <summary>
/// Quality on the judged query set (bench/judged): every system over the same sample documents and the same
/// queries, nDCG@10 / recall@100 / MRR per query class; and the pool of what the systems find that is not judged
/// yet, printed to be read and judged by hand.
/// </summary>
internal static class QualityBench
{
    /// <summary>quality [--pg CONNECTION] [--per-query] [--floors]: --floors also prints floors.tsv lines a little under today's figures.</summary>
    public static int Run(string[] args)
    {
        var set = JudgedSet.Load(JudgedSet.FindFolder(AppContext.BaseDirectory));
        using var systems = new SampleSystems(Option(args, "--pg"));
        var reports = systems.All.Select(s => QualityReport.Run(s, set)).ToList();
        Console.WriteLine($"{set.Queries.Count} queries, {set.Judgments.Count} judgments, {systems.Documents.Count} documents; nDCG@10 / recall@100 / MRR");
        Console.WriteLine();
        Console.WriteLine(ReportTable.Markdown(reports));
        if (args.Contains("--per-query"))
            Console.WriteLine(ReportTable.PerQuery(reports));
        if (args.Contains("--floors"))
        {
            foreach (var report in reports.Where(r => r.System.StartsWith("ParlQA", StringComparison.Ordinal)))
                Console.WriteLine(string.Join('\n', QualityFloor.Propose(report, report.System.Contains("PostgreSQL", StringComparison.Ordinal) ? QualityFloor.PostgreSql : QualityFloor.Sqlite)));
        }
        return 0;
    }

    /// <summary>pool [--depth 20] [--pg CONNECTION] [--all] [QUERY-ID…]: for each query, the questions any system
    /// ranks in its first <c>depth</c> (for the query and its pooled-with queries) not judged yet (--all: judged too),
    /// best rank first, with the texts to judge them by.</summary>
    public static int Pool(string[] args)
    {
        var set = JudgedSet.Load(JudgedSet.FindFolder(AppContext.BaseDirectory));
        int depth = int.Parse(Option(args, "--depth") ?? "20", CultureInfo.InvariantCulture);
        var ids = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a)).ToHashSet(StringComparer.Ordinal);
        using var systems = new SampleSystems(Option(args, "--pg"));
        var texts = Texts(systems.Documents);
        foreach (var query in set.Queries.Where(q => ids.Count == 0 || ids.Contains(q.Id)))
        {
            var pooled = new Dictionary<HitId, List<(string System, int Rank)>>();
            foreach (var system in systems.All)
            {
                foreach (var text in new[] { query.Text }.Concat(query.PooledWith))
                {
                    var hits = system.Search(text, depth);
                    for (int i = 0; i < hits.Count; i++)
                    {
                        if (!pooled.TryGetValue(hits[i], out var where))
                            pooled[hits[i]] = where = [];
                        where.Add((system.Name + (text == query.Text ? "" : "'"), i + 1));
                    }
                }
            }
            var open = pooled.Where(p => args.Contains("--all") || !set.IsJudged(query.Id, p.Key)).OrderBy(p => p.Value.Min(w => w.Rank)).ToList();
            Console.WriteLine($"## {query.Id} [{query.Class}] {query.Text}  —  {query.Intent}");
            Console.WriteLine($"   pool {pooled.Count}, not judged {open.Count}");
            foreach (var (hit, where) in open)
            {
                var (question, answer) = texts[hit];
                Console.WriteLine($"### {hit}  ({string.Join(", ", where.Select(w => $"{w.System} {w.Rank}"))})");
                Console.WriteLine("Q: " + question);
                Console.WriteLine("A: " + Shorten(answer, query));
            }
            Console.WriteLine();
        }
        return 0;
    }

    private static Dictionary<HitId, (string Question, string Answer)> Texts(IEnumerable<QaDocument> documents)
    {
        var texts = new Dictionary<HitId, (string, string)>();
        foreach (var (hit, question, answer) in documents.SelectMany(QuestionTexts.Of))
            texts[hit] = (question.ReplaceLineEndings(" "), answer.ReplaceLineEndings(" "));
        return texts;
    }

    /// <summary>A long answer: its first 1,200 characters and, after them, the sentences that hold a word of the query.</summary>
    private static string Shorten(string answer, JudgedQuery query)
    {
        const int Head = 1_200;
        if (answer.Length <= Head)
            return answer;
        var starts = (query.Text + " " + string.Join(' ', query.PooledWith)).Split(' ', '"', '?', '-', '*', '(', ')')
            .Where(w => w.Length >= 4).Select(w => Fold(w)[..Math.Min(5, w.Length)]).Distinct().ToList();
        var rest = answer[Head..].Split(". ").Where(s => starts.Any(w => Fold(s).Contains(w, StringComparison.Ordinal)));
        return answer[..Head] + " … " + string.Join(" … ", rest) + $" [answer {answer.Length} chars]";
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static bool IsOptionValue(string[] args, string arg)
    {
        int i = Array.IndexOf(args, arg);
        return i > 0 && args[i - 1] is "--pg" or "--depth";
    }
}
