using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Archive.Checks;
using ParlQA.Rounds.Storage;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa check</c>: whether the archive is whole — the engine's integrity check, every document's question rows and
/// index entries, every document's history, every round's invariants — listing each problem; exit 1 when there is one.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var command = new Command("check", "Check that the archive is whole: integrity, index entries, versions, rounds") { db };
        command.SetAction(result =>
        {
            try
            {
                var value = ArchiveOpener.Resolve(result.GetValue(db));
                var database = ArchiveDatabase.For(value);
                var archive = ArchiveCheck.Run(database);
                RoundCheckReport rounds;
                using (var opened = ArchiveOpener.Open(value))
                    rounds = RoundCheck.Run(new RoundStore(database), id => opened.History(id).Count > 0);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{database.Name}: {CliMessages.Counted(archive.Documents, "document")}, {CliMessages.Counted(archive.Questions, "question")}, {CliMessages.Counted(archive.Versions, "version")}; {CliMessages.Counted(rounds.Rounds, "round")}, {CliMessages.Counted(rounds.Accounts, "account")}"));
                var problems = archive.Problems.Concat(rounds.Problems).ToList();
                foreach (var problem in problems)
                    stdout.WriteLine("problem: " + problem);
                stdout.WriteLine(problems.Count == 0
                    ? $"{(database.Engine == Engine.Sqlite ? "integrity, " : "")}questions, index entries, versions and rounds: no problems found"
                    : string.Create(CultureInfo.InvariantCulture, $"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found"));
                return problems.Count == 0 ? CliApp.Ok : CliApp.InputErrors;
            }
            catch (ArchiveException e)
            {
                stderr.WriteLine("parlqa: " + e.Message);
                return ArchiveOptions.ExitFor(e);
            }
        });
        return command;
    }
}
