using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Sync.Monitoring;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa commitments [--ministry M] [--status open|overdue|fulfilled|lapsed] [--source ours|official|all]</c>: the
/// register of promises — those ParlQA found in answers (each with the Kamer's Toezegging it is, when one is), and the
/// Kamer's own Toezeggingen from a synced record; <c>parlqa commitments fulfil ID --by DOC</c> marks one of ours kept.
/// </summary>
internal static class CommitmentsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var ministry = new Option<string?>("--ministry", "-m") { Description = "Only commitments of answerers or addressees containing this" };
        var status = new Option<string?>("--status", "-s") { Description = "open, overdue, fulfilled, or lapsed (official ones only)" };
        status.AcceptOnlyFromAmong("open", "overdue", "fulfilled", "lapsed");
        var source = new Option<string>("--source")
        {
            Description = "ours (found in answers), official (the Kamer's Toezeggingen, after parlqa sync) or all",
            DefaultValueFactory = _ => "all",
        };
        source.AcceptOnlyFromAmong("ours", "official", "all");
        var command = new Command("commitments", "The register of commitments: made in answers, and the Kamer's Toezeggingen") { db, ministry, status, source };
        command.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            using var record = ArchiveOpener.OpenOfficial(ArchiveOpener.Resolve(result.GetValue(db)));
            var today = DateOnly.FromDateTime(DateTime.Today);
            var (which, wanted) = (result.GetValue(source)!, result.GetValue(status));
            var ours = archive.Commitments(result.GetValue(ministry));
            var official = OfficialCommitments.List(record, result.GetValue(ministry));
            var sameAs = OfficialCommitments.Same(ours, official).ToDictionary(p => p.DetectedId, p => official.First(o => o.Id == p.OfficialId));
            if (which != "official")
            {
                foreach (var c in ours.Where(c => wanted is null || c.Status(today) == wanted))
                {
                    var due = c.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
                    var answers = string.Join(",", c.AnswerIds.Count > 0 ? c.AnswerIds : [c.AnswerId]);
                    var same = sameAs.TryGetValue(c.Id, out var o) ? $"  = Toezegging {o.Number ?? o.Id}" : "";
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Id,5}  {c.Status(today),-9}  due {due,-10}  {c.DocumentId}#{answers}  {c.Ministry}{same}"));
                    stdout.WriteLine($"       {c.Text}");
                }
            }
            if (which != "ours")
            {
                foreach (var o in official.Where(o => wanted is null || o.RegisterStatus(today) == wanted))
                {
                    var due = o.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
                    var by = (o.PromisedBy is { } who ? "  " + who : "") + (o.FulfilledBy is { } letter ? "  kept by " + letter : "");
                    stdout.WriteLine($"{o.Number ?? o.Id,5}  {o.RegisterStatus(today),-9}  due {due,-10}  Toezegging ({o.Status ?? "-"})  {o.Ministry}{by}");
                    stdout.WriteLine($"       {o.Text}");
                }
            }
            return CliApp.Ok;
        });

        var id = new Argument<long>("id") { Description = "The commitment's number in the register" };
        var by = new Option<string>("--by") { Description = "The document that kept the promise", Required = true };
        var fulfil = new Command("fulfil", "Mark a commitment kept by a later document") { id, by, db };
        fulfil.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            switch (CommitmentRegister.Fulfil(archive, result.GetValue(id), result.GetValue(by)!, Actor.Local("commitments fulfil")))
            {
                case FulfilRefusal.NoSuchCommitment:
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parlqa: no commitment {result.GetValue(id)} in the register"));
                    return CliApp.InputErrors;
                case FulfilRefusal.NoSuchDocument:
                    stderr.WriteLine($"parlqa: no document '{result.GetValue(by)}' in the archive: a commitment is kept by a document the archive holds");
                    return CliApp.InputErrors;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"commitment {result.GetValue(id)} fulfilled by {result.GetValue(by)}"));
            return CliApp.Ok;
        });
        command.Subcommands.Add(fulfil);
        return command;
    }
}
