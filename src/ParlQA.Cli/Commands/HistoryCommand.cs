using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ParlQA.Archive;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa history ID [--show N | --restore N [--reason …]]</c>: every version of a document — how it came, when, by
/// whom or what — an earlier version's JSON, or that version made current again (a new version, in the audit log).
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A document id, e.g. kst-35207-34" };
        var db = ArchiveOptions.Db();
        var show = new Option<int?>("--show") { Description = "Print version N as the document JSON" };
        var restore = new Option<int?>("--restore") { Description = "Make version N the current one again (as a new version)" };
        var reason = new Option<string?>("--reason") { Description = "Why (kept with the restored version and in the audit log)" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json (one version per line)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("history", "The versions of a document, who or what made each and when; show or restore an earlier one") { id, db, show, restore, reason, format };
        command.Validators.Add(result =>
        {
            if (result.GetValue(show) is not null && result.GetValue(restore) is not null)
                result.AddError("--show and --restore cannot go together");
        });
        command.SetAction(result =>
        {
            var documentId = result.GetValue(id)!;
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            if (result.GetValue(show) is { } shown)
            {
                if (archive.FindVersion(documentId, shown) is not { } document)
                    return Refuse(stderr, $"{documentId} has no version {shown} to show (parlqa history {documentId} lists them)");
                stdout.WriteLine(QaJson.Serialize(document));
                return CliApp.Ok;
            }
            if (result.GetValue(restore) is { } version)
                return Restore(archive, ArchiveOpener.Resolve(result.GetValue(db)), documentId, version, result.GetValue(reason), stdout, stderr);
            var versions = archive.History(documentId);
            if (versions.Count == 0)
                return Refuse(stderr, $"the archive never held a document '{documentId}'");
            if (result.GetValue(format) == "json")
            {
                foreach (var v in versions)
                    stdout.WriteLine(JsonSerializer.Serialize(new VersionLine(v.Number, v.Change.ToString().ToLowerInvariant(), v.At, v.By.Via, v.By.Account, v.Sha256, v.RestoredFrom, v.Reason, v.Current), CliJson.Default.VersionLine));
                return CliApp.Ok;
            }
            stdout.WriteLine($"{documentId}: {versions.Count} version{(versions.Count == 1 ? "" : "s")}{(versions.Any(v => v.Current) ? "" : ", removed from the archive")}");
            foreach (var v in versions)
                stdout.WriteLine(Line(v));
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>"  2  2026-05-01 08:00 UTC  replaced the previous version  by upload (mallory)  sha256 9b1c04d2…".</summary>
    private static string Line(DocumentVersion v)
    {
        var what = v.Change switch
        {
            VersionChange.Added => "added",
            VersionChange.Replaced => "replaced the previous version",
            VersionChange.Restored => $"restored version {v.RestoredFrom}",
            _ => "removed from the archive",
        } + (v.Reason is null ? "" : $" ({v.Reason})");
        var who = v.By.Account is null ? v.By.Via : $"{v.By.Via} ({v.By.Account})";
        var hash = v.Sha256 is { Length: >= 12 } sha ? $"  sha256 {sha[..12]}…" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{v.Number,3}  {v.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC  {what}  by {who}{hash}{(v.Current ? "  [current]" : "")}");
    }

    private static int Restore(IArchive archive, string db, string id, int version, string? reason, TextWriter stdout, TextWriter stderr)
    {
        var by = Actor.Local("history --restore");
        try
        {
            var outcome = archive.Restore(id, version, by, reason);
            if (outcome == StoreOutcome.Unchanged)
            {
                stdout.WriteLine($"{id}: version {version} is what the archive holds now; nothing changed");
                return CliApp.Ok;
            }
            new AuditLog(ArchiveDatabase.For(db)).Record(new AuditRecord(DateTimeOffset.UtcNow, by, "document.restore", id,
                $"version {version} made current again" + (reason is null ? "" : ": " + reason)));
            stdout.WriteLine($"{id}: version {version} restored as version {archive.History(id)[^1].Number}");
            return CliApp.Ok;
        }
        catch (ArchiveException e)
        {
            return Refuse(stderr, e.Message);
        }
    }

    private static int Refuse(TextWriter stderr, string message)
    {
        stderr.WriteLine("parlqa: " + message);
        return CliApp.InputErrors;
    }
}
