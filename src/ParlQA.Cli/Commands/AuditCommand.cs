using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ParlQA.Archive;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa audit [-n N] [--before ID] [--format json]</c>: the latest administrative actions, newest first (the log the admin page shows).</summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var limit = CommonOptions.Limit("How many entries", 50);
        var before = new Option<long?>("--before") { Description = "Only entries older than this one (its id, as --format json shows it): the next page" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json (one entry per line)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("audit", "The audit log: who did which administrative action, when (newest first)") { db, limit, before, format };
        command.SetAction(result =>
        {
            try
            {
                var log = new AuditLog(ArchiveDatabase.For(ArchiveOpener.Resolve(result.GetValue(db)))).Recent(result.GetValue(limit), result.GetValue(before));
                bool json = result.GetValue(format) == "json";
                foreach (var r in log)
                    stdout.WriteLine(json
                        ? JsonSerializer.Serialize(new AuditLine(r.Id, r.At, r.Action, r.Target, r.By.Via, r.By.Account, r.Detail), CliJson.Default.AuditLine)
                        : Line(r));
                if (log.Count == 0 && !json)
                    stdout.WriteLine("no administrative actions recorded yet");
                return CliApp.Ok;
            }
            catch (ArchiveException e)
            {
                stderr.WriteLine("parlqa: " + e.Message);
                return ArchiveOptions.ExitFor(e);
            }
        });
        return command;
    }

    /// <summary>"2026-12-03 10:07:35 UTC  account.disable  konings  by users disable (os:root)  Konings (Clerk, …)".</summary>
    private static string Line(AuditRecord r)
    {
        var who = r.By.Account is null ? r.By.Via : $"{r.By.Via} ({r.By.Account})";
        return string.Create(CultureInfo.InvariantCulture, $"{r.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC  {r.Action,-22}  {r.Target,-16}  by {who}{(r.Detail is null ? "" : "  " + r.Detail)}");
    }
}
