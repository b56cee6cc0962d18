using System.CommandLine;
using ParlQA.Cli.Rendering;
using ParlQA.Model;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa parse FILE… [--format json|md|text]</c>: read documents and print them.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = CommonOptions.Files();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: json (the document JSON; JSON Lines for several files), md or text",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "md", "text");
        var maxSize = CommonOptions.MaxSize();
        var jobs = CommonOptions.Jobs();

        var command = new Command("parse", "Read question documents and print them") { files, format, maxSize, jobs };
        command.SetAction(result =>
        {
            var read = BatchReader.ReadAll(result.GetValue(files)!, CommonOptions.ToReaderOptions(result.GetValue(maxSize)), result.GetValue(jobs));
            var chosen = result.GetValue(format)!;
            bool single = read.Count == 1;
            int exit = CliApp.Ok;
            bool first = true;
            foreach (var (path, outcome) in read)
            {
                if (outcome.Document is not { } document)
                {
                    stderr.WriteLine($"{path}: {outcome.Error}");
                    exit = CliApp.InputErrors;
                    continue;
                }
                if (!first && chosen != "json")
                    stdout.WriteLine();
                first = false;
                stdout.WriteLine(chosen switch
                {
                    "md" => MarkdownRenderer.Render(document),
                    "text" => TextRenderer.Render(document),
                    _ => QaJson.Serialize(document, indented: single),
                });
            }
            return exit;
        });
        return command;
    }
}
