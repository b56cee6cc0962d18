using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Sync;
using ParlQA.Sync.Feed;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa sync [--origin URL] [--db DB] [--since DATE] [--jobs N]</c>: the Tweede Kamer's SyncFeed into the archive,
/// resumable and incremental; <c>--status</c> prints each category's cursor, last run and last error. Exit 0 when the
/// feed was read to its end (files that could not be read are listed), 1 when it could not be read after the retries.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var origin = new Option<string>("--origin")
        {
            Description = "The feed's origin: scheme, host and port only",
            DefaultValueFactory = _ => FeedClientOptions.OfficialOrigin.ToString().TrimEnd('/'),
        };
        var db = ArchiveOptions.Db();
        var since = new Option<string?>("--since") { Description = "Only documents dated on or after this day (yyyy-MM-dd) get their archive document now" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Requests to the feed at once (1–4)", DefaultValueFactory = _ => 2 };
        var maxSize = CommonOptions.MaxSize();
        var status = new Option<bool>("--status") { Description = "Print each category's cursor, last run and last error, and sync nothing" };
        var command = new Command("sync", "Sync the Tweede Kamer's open data (SyncFeed 2.0) into the archive") { origin, db, since, jobs, maxSize, status };
        command.SetAction(async (result, cancellation) =>
        {
            if (result.GetValue(status))
                return Status(ArchiveOpener.Resolve(result.GetValue(db)), stdout, stderr);
            if (!Uri.TryCreate(result.GetValue(origin), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.PathAndQuery != "/")
            {
                stderr.WriteLine($"parlqa: --origin '{result.GetValue(origin)}' must be a scheme, host and port only, e.g. http://127.0.0.1:8080");
                return CliApp.Usage;
            }
            if (result.GetValue(jobs) is < 1 or > FeedClientOptions.MaxJobs)
            {
                stderr.WriteLine("parlqa: " + SyncMessages.JobsOutOfRange);
                return CliApp.Usage;
            }
            DateOnly? day = null;
            if (result.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"parlqa: --since '{text}' is not a date (yyyy-MM-dd)");
                    return CliApp.Usage;
                }
                day = parsed;
            }
            var database = ArchiveOpener.Resolve(result.GetValue(db));
            using var archive = ArchiveOptions.Open(database, stderr, out var failed, create: true);
            if (archive is null)
                return failed;
            using var record = ArchiveOpener.OpenOfficial(database, create: true);
            using var client = new FeedClient(url, new FeedClientOptions { Jobs = result.GetValue(jobs) });
            bool terminal = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
            var shown = Stopwatch.StartNew();
            var options = new SyncOptions { Since = day, Reader = CommonOptions.ToReaderOptions(result.GetValue(maxSize)) };
            var run = new SyncRun(archive, record, client, options, terminal ? p =>
            {
                lock (shown)
                {
                    if (shown.ElapsedMilliseconds < 200)
                        return;
                    shown.Restart();
                    stderr.Write("\r" + Progress(p));
                }
            } : null);
            var summary = await run.Run(cancellation);
            if (terminal)
                stderr.WriteLine();
            Print(summary, stdout, stderr);
            return summary.FeedComplete ? CliApp.Ok : CliApp.InputErrors;
        });
        return command;
    }

    /// <summary>"feed: 42 pages, 10,321 entities; documents: 310 of 3,400 handled, 300 stored; files: 120 read, 2 failed" — "of N"
    /// where the run knows N (the feed's pages are not known ahead; the documents to build are, unless --since narrows them).</summary>
    internal static string Progress(SyncProgress p)
    {
        var documents = p.Phase == "documents"
            ? string.Create(CultureInfo.InvariantCulture, $"documents: {p.Handled:N0}{(p.ToHandle is { } total ? $" of {total:N0}" : "")} handled, {p.Documents:N0} stored; ")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"feed: {CliMessages.Counted(p.Pages, "page")}, {CliMessages.Counted(p.Entities, "entity", "entities")}; {documents}files: {p.Files:N0} read, {p.FilesFailed:N0} failed  ");
    }

    /// <summary>"Zaak                   1 page          8 entities": a category's counts in columns, singular for one.</summary>
    internal static string CategoryLine(CategoryResult c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Category,-17} {c.Pages,6:N0} {CliMessages.Noun(c.Pages, "page"),-5} {c.Entities,9:N0} {CliMessages.Noun(c.Entities, "entity", "entities")}");

    private static void Print(SyncSummary summary, TextWriter stdout, TextWriter stderr)
    {
        foreach (var c in summary.Categories)
        {
            stdout.WriteLine(CategoryLine(c));
            if (c.Error is not null)
                stderr.WriteLine($"parlqa: {c.Category}: {c.Error}");
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Removed} removed documents; {summary.FilesRead} files read, {summary.Unreadable.Count} kept as metadata only; {summary.Waiting} waiting for their case; {summary.Retries} retries; {summary.Elapsed.TotalSeconds:0.0} s ({summary.FeedElapsed.TotalSeconds:0.0} s feed, {(summary.Elapsed - summary.FeedElapsed).TotalSeconds:0.0} s files and documents)"));
        foreach (var (id, reason) in summary.Unreadable)
            stdout.WriteLine($"{id}: {reason}");
    }

    private static int Status(string database, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var record = ArchiveOpener.OpenOfficial(database);
            var cursors = record.Cursors().ToDictionary(c => c.Category, StringComparer.Ordinal);
            stdout.WriteLine($"{"category",-17} {"skiptoken",-12} {"pages",7} {"entities",10}  {"last run",-20}  last error");
            foreach (var category in FeedCategories.All)
            {
                var c = cursors.GetValueOrDefault(category);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{category,-17} {c?.Skiptoken ?? "-",-12} {c?.Pages ?? 0,7:N0} {c?.Entities ?? 0,10:N0}  {c?.LastRun ?? "never",-20}  {c?.LastError ?? "-"}"));
            }
            stdout.WriteLine(CliMessages.Counted(record.PendingCount(), "document") + " waiting to be built");
            return CliApp.Ok;
        }
        catch (ArchiveException e)
        {
            stderr.WriteLine("parlqa: " + e.Message);
            return ArchiveOptions.ExitFor(e);
        }
    }
}
