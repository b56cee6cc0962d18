using System.CommandLine;
using ParlQA.Cli.Commands;

namespace ParlQA.Cli;

/// <summary>The <c>parlqa</c> command line: a thin host that parses options, calls the library and reports.</summary>
public static class CliApp
{
    /// <summary>Exit codes (DESIGN.md): 0 ok, 1 findings or errors in the input, 2 usage.</summary>
    public const int Ok = 0, InputErrors = 1, Usage = 2;

    /// <summary>Runs a command; <paramref name="stdin"/> (tests) stands in for the console's standard input.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = new RootCommand("parlqa: read, check and archive parliamentary written questions and answers.");
        root.Subcommands.Add(ParseCommand.Create(stdout, stderr));
        root.Subcommands.Add(LintCommand.Create(stdout, stderr));
        root.Subcommands.Add(IngestCommand.Create(stdout, stderr));
        root.Subcommands.Add(SearchCommand.Create(stdout, stderr));
        root.Subcommands.Add(SimilarCommand.Create(stdout, stderr));
        root.Subcommands.Add(ShowCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(StatsCommand.Create(stdout, stderr));
        root.Subcommands.Add(CommitmentsCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(DemoCommand.Create(stdout, stderr));
        root.Subcommands.Add(UsersCommand.Create(stdout, stderr, stdin));
        root.Subcommands.Add(HistoryCommand.Create(stdout, stderr));
        root.Subcommands.Add(SyncCommand.Create(stdout, stderr));
        root.Subcommands.Add(OverdueCommand.Create(stdout, stderr));
        root.Subcommands.Add(BackupCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(AuditCommand.Create(stdout, stderr));

        var result = root.Parse(args);
        var errors = UsageErrors.Of(result);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
                stderr.WriteLine("parlqa: " + error);
            stderr.WriteLine(CliMessages.TryHelp(UsageErrors.CommandPath(result)));
            return Usage;
        }
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
