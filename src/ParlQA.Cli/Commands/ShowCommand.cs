using System.CommandLine;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Archive.Links;
using ParlQA.Cli.Rendering;
using ParlQA.Model;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa show ID[#qid] [--format text|json|md]</c>: one document, or one question with its answer.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A document id (kst-35207-34), or a question in it (kst-35207-34#q25-2)" };
        var db = ArchiveOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "text (default), md or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var command = new Command("show", "Show a document or a question from the archive") { id, db, format };
        command.SetAction(result =>
        {
            var wanted = result.GetValue(id)!;
            var parts = wanted.Split('#', 2);
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            if (archive.Find(parts[0]) is not { } document)
            {
                stderr.WriteLine($"parlqa: no document '{parts[0]}' in the archive");
                return CliApp.InputErrors;
            }
            if (parts.Length == 2)
            {
                if (document.Questions.FirstOrDefault(q => q.Id == parts[1]) is not { } question)
                {
                    stderr.WriteLine($"parlqa: document '{parts[0]}' has no question '{parts[1]}'");
                    return CliApp.InputErrors;
                }
                var answer = document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
                document = document with
                {
                    Questions = [question],
                    Answers = answer is null ? [] : [answer with { QuestionIds = [question.Id] }],
                    Commitments = document.Commitments.Where(c => c.AnswerId == answer?.Id).ToList(),
                    Footnotes = document.Footnotes.Where(f => question.FootnoteNumbers.Contains(f.Number) || answer?.FootnoteNumbers.Contains(f.Number) == true).ToList(),
                    Diagnostics = document.Diagnostics.Where(d => d.Message.Contains(question.Id, StringComparison.Ordinal)).ToList(),
                };
            }
            stdout.WriteLine(result.GetValue(format) switch
            {
                "json" => QaJson.Serialize(document),
                "md" => MarkdownRenderer.Render(document),
                _ => TextRenderer.Render(document),
            });
            if (result.GetValue(format) == "json")
                return CliApp.Ok;
            // The links the archive knows: the same answer given elsewhere, and who cites this document.
            if (parts.Length == 2)
            {
                foreach (var (doc, qid, similarity) in SameAnswers.For(archive, parts[0], parts[1]))
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Same answer given to {doc}#{qid} ({similarity:0.00})"));
            }
            foreach (var citing in archive.CitedBy(document))
                stdout.WriteLine($"Cited by {citing}");
            CaseLines.Write(stdout, archive, ArchiveOpener.Resolve(result.GetValue(db)), parts[0], document.Questions);
            return CliApp.Ok;
        });
        return command;
    }
}
