using System.CommandLine;
using System.Text.Json;
using ParlQA.Archive.Search;
using ParlQA.Cli.Rendering;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa similar TEXT|DOC#QID [--db DB] [--format table|json]</c>: the questions asked before that are most
/// like a text or an archived question, with their answers — what an officer drafting an answer needs first.
/// </summary>
internal static class SimilarCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = CommonOptions.Text("text", "A question in plain words, or an archived question as kst-35207-34#q40");
        var db = ArchiveOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json (JSON Lines)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = CommonOptions.Limit("Questions to show", 10);
        var command = new Command("similar", "Find the earlier questions most like a text or a question") { input, db, format, limit };
        command.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            var text = string.Join(' ', result.GetValue(input)!);
            (string, string)? exclude = null;
            if (!text.Contains(' ', StringComparison.Ordinal) && text.Split('#') is [var docId, var qid])
            {
                var question = archive.Find(docId)?.Questions.FirstOrDefault(q => q.Id == qid);
                if (question is null)
                {
                    stderr.WriteLine($"parlqa: no question '{text}' in the archive");
                    return CliApp.InputErrors;
                }
                text = question.Text;
                exclude = (docId, qid);
            }
            var hits = archive.Similar(text, result.GetValue(limit), exclude);
            foreach (var hit in hits)
            {
                if (result.GetValue(format) == "json")
                    stdout.WriteLine(JsonSerializer.Serialize(HitText.Line(hit), CliJson.Default.SearchLine));
                else
                    HitText.Write(stdout, hit, SearchSort.Relevance);
            }
            if (hits.Count == 0 && result.GetValue(format) != "json")
                stdout.WriteLine("no similar questions in the archive");
            return CliApp.Ok;
        });
        return command;
    }
}
