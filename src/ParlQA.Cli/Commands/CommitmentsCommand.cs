using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa commitments [--ministry M] [--status open|overdue|fulfilled]</c>: the register of promises made in
/// answers; <c>parlqa commitments fulfil ID --by DOC</c> marks one kept by a later document.
/// </summary>
internal static class CommitmentsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var ministry = new Option<string?>("--ministry", "-m") { Description = "Only commitments of answerers or addressees containing this" };
        var status = new Option<string?>("--status", "-s") { Description = "open, overdue or fulfilled" };
        status.AcceptOnlyFromAmong("open", "overdue", "fulfilled");
        var command = new Command("commitments", "The register of commitments made in answers") { db, ministry, status };
        command.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            var today = DateOnly.FromDateTime(DateTime.Today);
            foreach (var c in archive.Commitments(result.GetValue(ministry)).Where(c => result.GetValue(status) is not { } s || c.Status(today) == s))
            {
                var due = c.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Id,5}  {c.Status(today),-9}  due {due,-10}  {c.DocumentId}#{c.AnswerId}  {c.Ministry}"));
                stdout.WriteLine($"       {c.Text}");
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
            switch (CommitmentRegister.Fulfil(archive, result.GetValue(id), result.GetValue(by)!))
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
