using System.CommandLine;
using ParlQA.Model;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa lint FILE…</c>: diagnostics as <c>file:line: severity code: message</c>; exit 1 on errors.</summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = CommonOptions.Files();
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();
        var command = new Command("lint", "Check question documents and list what is odd in them") { files, maxSize, jobs };
        command.SetAction(result =>
        {
            var read = BatchReader.ReadAll(result.GetValue(files)!, CommonOptions.ToReaderOptions(result.GetValue(maxSize)), result.GetValue(jobs));
            int exit = CliApp.Ok;
            foreach (var (path, outcome) in read)
            {
                if (outcome.Document is not { } document)
                {
                    stdout.WriteLine($"{path}: error read-failed: {outcome.Error}");
                    exit = CliApp.InputErrors;
                    continue;
                }
                foreach (var d in document.Diagnostics)
                {
                    var where = d.Line is int line ? $"{path}:{line}" : path;
                    stdout.WriteLine($"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
                    if (d.Severity == DiagnosticSeverity.Error)
                        exit = CliApp.InputErrors;
                }
            }
            return exit;
        });
        return command;
    }
}
