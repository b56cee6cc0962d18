using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Sync.Monitoring;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa overdue [--db] [--ministry M] [--party P] [--weeks N] [--format text|json]</c>: the written-question cases
/// with no answer more than three (or N) weeks after they were filed, oldest first; json gives one object per line.
/// </summary>
internal static class OverdueCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var ministry = new Option<string?>("--ministry", "-m") { Description = "Only cases put to a minister whose office contains this (e.g. Financiën)" };
        var party = new Option<string?>("--party", "-p") { Description = "Only cases a member of this party asked (e.g. PvdD)" };
        var weeks = new Option<int>("--weeks", "-w") { Description = "The term: unanswered after this many weeks", DefaultValueFactory = _ => Overdue.DefaultWeeks };
        var format = new Option<string>("--format", "-f") { Description = "text or json (one object per line)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("overdue", "Written questions still unanswered after their term (from a synced archive)") { db, ministry, party, weeks, format };
        command.SetAction(result =>
        {
            if (result.GetValue(weeks) < 0)
            {
                stderr.WriteLine("parlqa: --weeks must be 0 or more");
                return CliApp.Usage;
            }
            IReadOnlyList<OverdueCase> cases;
            try
            {
                using var record = ArchiveOpener.OpenOfficial(ArchiveOpener.Resolve(result.GetValue(db)));
                cases = Overdue.List(record, DateOnly.FromDateTime(DateTime.Now), result.GetValue(weeks), result.GetValue(ministry), result.GetValue(party));
            }
            catch (ArchiveException e)
            {
                stderr.WriteLine("parlqa: " + e.Message);
                return ArchiveOptions.ExitFor(e);
            }
            if (result.GetValue(format) == "json")
            {
                foreach (var item in cases)
                    stdout.WriteLine(OverdueJson.Line(item));
                return CliApp.Ok;
            }
            foreach (var c in cases)
            {
                var notice = c.DelayNotice is { } n ? "delay notice " + n.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no delay notice";
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{c.CaseNumber}  filed {c.SubmittedOn:yyyy-MM-dd}  {c.DaysOpen,4} days open  {notice,-24}  {string.Join("; ", c.Addressees)}"));
                var asked = string.Join(", ", c.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})"));
                stdout.WriteLine($"            {asked}: {c.Subject}");
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases.Count} written-question cases unanswered after {result.GetValue(weeks)} weeks"));
            return CliApp.Ok;
        });
        return command;
    }
}
