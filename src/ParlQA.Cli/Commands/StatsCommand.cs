using System.CommandLine;
using System.Globalization;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa stats</c>: what the archive holds, and the median days to answer per ministry and per answering person (as the /stats page counts them).</summary>
internal static class StatsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var command = new Command("stats", "Figures about the archive") { db };
        command.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            var stats = archive.Stats();
            stdout.WriteLine(string.Join(", ", CliMessages.Counted(stats.Documents, "document"), CliMessages.Counted(stats.Questions, "question"),
                CliMessages.Counted(stats.Answers, "answer"), CliMessages.Counted(stats.Commitments, "commitment")));
            stdout.WriteLine("median days to answer, per ministry:");
            foreach (var (ministry, documents, median) in stats.ByMinistry)
                stdout.WriteLine(Row(median, documents, ministry ?? CliMessages.Unknown));
            stdout.WriteLine("median days to answer, per answering person:");
            foreach (var (who, ministry, documents, median) in stats.ByAnswerer)
                stdout.WriteLine(Row(median, documents, who is null ? CliMessages.Unknown : ministry is null ? who : $"{who} ({ministry})"));
            return CliApp.Ok;
        });
        return command;
    }

    private static string Row(double? median, int documents, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"  {(median is double m ? m.ToString("0", CultureInfo.InvariantCulture) : "-"),5}  {documents,4} docs  {name}");
}
