using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Model;
using ParlQA.Reading;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa ingest PATH… [--db DB]</c>: reads files and folders into the archive in parallel, stores them in
/// batches (one transaction each), shows progress on a terminal, and ends with a summary.
/// </summary>
internal static class IngestCommand
{
    private const int BatchSize = 64;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = CommonOptions.Files();
        var db = ArchiveOptions.Db();
        var jobs = CommonOptions.Jobs();
        var maxSize = CommonOptions.MaxSize();
        var command = new Command("ingest", "Read documents into the archive") { files, db, jobs, maxSize };
        command.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed, create: true);
            if (archive is null)
                return failed;
            var inputs = InputFiles.Expand(result.GetValue(files)!).ToList();
            var options = CommonOptions.ToReaderOptions(result.GetValue(maxSize));
            var counts = new Dictionary<StoreOutcome, int>();
            var failures = new List<(string Path, string Error)>();
            int questions = 0, done = 0;
            var clock = Stopwatch.StartNew();
            bool progress = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);

            foreach (var batch in inputs.Chunk(BatchSize))
            {
                var read = BatchReader.ReadAll(batch.Select(b => b.File ?? b.Input), options, result.GetValue(jobs));
                var documents = new List<QaDocument>();
                foreach (var (path, outcome) in read)
                {
                    if (outcome.Document is { } document)
                        documents.Add(document);
                    else
                        failures.Add((path, outcome.Error!));
                }
                foreach (var stored in archive.Store(documents, Actor.Local("ingest")))
                    counts[stored] = counts.GetValueOrDefault(stored) + 1;
                questions += documents.Sum(d => d.Questions.Count);
                done += batch.Length;
                if (progress)
                    stderr.Write("\r" + Progress(done, inputs.Count, questions, clock.Elapsed));
            }
            if (progress)
                stderr.WriteLine();
            foreach (var (path, error) in failures)
                stderr.WriteLine($"{path}: {error}");
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{counts.GetValueOrDefault(StoreOutcome.New)} new, {counts.GetValueOrDefault(StoreOutcome.Updated)} updated, {counts.GetValueOrDefault(StoreOutcome.Unchanged)} unchanged, {failures.Count} failed; {questions} questions in {clock.Elapsed.TotalSeconds:0.0} s"));
            return failures.Count > 0 ? CliApp.InputErrors : CliApp.Ok;
        });
        return command;
    }

    /// <summary>"[#########-----------] 35/43 documents, 612 questions, 12.3 docs/s, ETA 1 s".</summary>
    private static string Progress(int done, int total, int questions, TimeSpan elapsed)
    {
        const int Width = 20;
        int filled = total == 0 ? Width : done * Width / total;
        double rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        double eta = rate > 0 ? (total - done) / rate : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} documents, {questions} questions, {rate:0.0} docs/s, ETA {eta:0} s  ");
    }
}
