using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ParlQA.RoundTrip;

namespace ParlQA.Bench;

/// <summary>
/// The round trip over any number of generated lists: publish each (PDF, HTML), read it back (PDF, pdftotext, HTML),
/// count what holds, and cut the first failure of each kind down to a small case written as JSON (to keep as a
/// regression test). Usage: roundtrip COUNT [--from SEED] [--forms pdf,text,html] [--cases DIR] [--no-shrink] [--show];
/// roundtrip CASE.json [--forms …] [--cases DIR] checks one case file and writes its publications out to look at.
/// </summary>
internal static class RoundTripBench
{
    public static int Run(string[] args)
    {
        var forms = Option(args, "--forms") is { } list ? ParseForms(list) : PublishedForm.All;
        var cases = Option(args, "--cases") ?? Path.Combine("artifacts", "roundtrip");
        if (args.Length > 0 && args[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var one = CaseFile.Load(args[0]);
            var checkedCase = PublishedRoundTrip.Check(one, forms);
            Show(one, checkedCase, cases);
            return checkedCase.Holds ? 0 : 1;
        }
        if (args.Length == 0 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out int count) || count < 1)
        {
            Console.Error.WriteLine("usage: roundtrip COUNT [--from SEED] [--forms pdf,text,html] [--cases DIR] [--no-shrink] [--show] | roundtrip CASE.json [--forms …] [--cases DIR]");
            return 2;
        }
        int from = Option(args, "--from") is { } f ? int.Parse(f, CultureInfo.InvariantCulture) : 1;
        if (forms.HasFlag(PublishedForm.PdfText) && PdfToText.Missing is { } missing)
        {
            Console.Error.WriteLine($"{missing}; the pdftotext form is left out");
            forms &= ~PublishedForm.PdfText;
        }

        var failures = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        var times = new ConcurrentBag<double>();
        long questions = 0, done = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(from, from + count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, seed =>
        {
            var list = ListGenerator.Generate(seed);
            var started = Stopwatch.GetTimestamp();
            var result = PublishedRoundTrip.Check(list, forms);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Interlocked.Add(ref questions, list.Questions.Count);
            foreach (var form in result.Forms.Where(r => !r.Holds))
                failures.GetOrAdd(form.Kind, _ => []).Add(seed);
            if (args.Contains("--show"))
                Show(list, result, cases);
            long n = Interlocked.Increment(ref done);
            if (n % 500 == 0)
                Console.Error.WriteLine($"{n:N0} of {count:N0} lists, {failures.Values.SelectMany(s => s).Distinct().Count():N0} failing");
        });
        clock.Stop();

        var failing = failures.Values.SelectMany(s => s).Distinct().Count();
        var sorted = times.Order().ToList();
        Console.WriteLine($"Round trip of {count:N0} generated lists (seeds {from}–{from + count - 1}, {questions:N0} questions), forms: {forms}");
        Console.WriteLine($"  hold: {count - failing:N0}   fail: {failing:N0}   in {clock.Elapsed.TotalSeconds:0.0} s ({Environment.ProcessorCount} threads); per list median {sorted[sorted.Count / 2]:0} ms, slowest {sorted[^1]:0} ms");
        foreach (var (kind, seeds) in failures.OrderByDescending(k => k.Value.Count))
            Console.WriteLine($"  {seeds.Count,6:N0}  {kind}  (seeds {string.Join(", ", seeds.Order().Take(8))}{(seeds.Count > 8 ? ", …" : "")})");
        if (failing > 0)
            WriteFailing(failures, Path.Combine(cases, $"failing-{from}-{from + count - 1}.txt"));
        if (failing > 0 && !args.Contains("--no-shrink"))
            Shrink(failures, forms, cases);
        return failing == 0 ? 0 : 1;
    }

    /// <summary>Every failing seed by kind (the summary names only the first eight), to classify them all.</summary>
    private static void WriteFailing(ConcurrentDictionary<string, ConcurrentBag<int>> failures, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, failures.OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => $"{k.Key}\t{string.Join(" ", k.Value.Order())}"));
        Console.WriteLine($"  every failing seed → {file}");
    }

    /// <summary>The first failure of each kind, cut down and written as a case file.</summary>
    private static void Shrink(ConcurrentDictionary<string, ConcurrentBag<int>> failures, PublishedForm forms, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (kind, seeds) in failures.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            int seed = seeds.Min();
            var shrinker = new Shrinker(l => PublishedRoundTrip.Check(l, forms).FailureKind);
            var small = shrinker.Shrink(ListGenerator.Generate(seed));
            var file = Path.Combine(folder, $"seed-{seed}.json");
            File.WriteAllText(file, CaseFile.Write(small));
            Console.WriteLine($"\n{kind}: seed {seed} cut down to {small.Questions.Count} questions in {shrinker.Checks} runs → {file}");
            Console.WriteLine(PublishedRoundTrip.Check(small, forms));
        }
    }

    /// <summary>A list's differences, and its publications written out to look at.</summary>
    private static void Show(GeneratedList list, RoundTripResult result, string folder)
    {
        Directory.CreateDirectory(folder);
        var round = list.ToRound();
        var name = Path.Combine(folder, $"seed-{list.Seed}");
        var pdf = ParlQA.Rounds.Publishing.RoundPdf.Write(round);
        File.WriteAllBytes(name + ".pdf", pdf);
        if (PdfToText.Missing is null)
            File.WriteAllText(name + ".txt", PdfToText.Run(pdf));
        File.WriteAllText(name + ".html", PublishedRoundTrip.HtmlPage(round.LetterTitle, ParlQA.Rounds.Publishing.RoundHtml.Article(round)));
        File.WriteAllText(name + ".json", CaseFile.Write(list));
        Console.WriteLine($"seed {list.Seed} ({list.Questions.Count} questions): {(result.Holds ? "holds" : result.ToString())}\n  → {name}.*");
    }

    private static PublishedForm ParseForms(string list) =>
        list.Split(',').Aggregate((PublishedForm)0, (all, name) => all | name.Trim() switch
        {
            "pdf" => PublishedForm.Pdf,
            "text" or "pdftotext" => PublishedForm.PdfText,
            "html" => PublishedForm.Html,
            _ => throw new ArgumentException($"unknown form '{name}' (pdf, text, html)"),
        });

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
