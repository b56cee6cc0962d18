using System.CommandLine;
using System.Globalization;
using System.Text;
using ParlQA.Model;

namespace ParlQA.Cli.Commands;

/// <summary>
/// <c>parlqa export [--format json|csv]</c>: the whole archive, as JSON Lines (one document JSON a line) or as
/// CSV with one row per question and its answer.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = ArchiveOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "json (JSON Lines, default) or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("export", "Export the archive") { db, format };
        command.SetAction(result =>
        {
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            bool csv = result.GetValue(format) == "csv";
            if (csv)
                stdout.WriteLine("document_id,question_id,label,question,answer,answered_on,answered_by");
            foreach (var document in archive.All())
            {
                if (!csv)
                {
                    stdout.WriteLine(QaJson.Serialize(document, indented: false));
                    continue;
                }
                var answers = document.Answers.ToDictionary(a => a.Id);
                foreach (var q in document.Questions)
                {
                    var answer = q.AnswerId is { } aid && answers.TryGetValue(aid, out var a) ? a.Text : null;
                    stdout.WriteLine(string.Join(',', new[] { document.Id, q.Id, q.Label, q.Text, answer, document.AnsweredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.AnsweredBy }.Select(Csv)));
                }
            }
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
    private static string Csv(string? field)
    {
        if (string.IsNullOrEmpty(field))
            return "";
        if (field.IndexOfAny([',', '"', '\n', '\r']) < 0)
            return field;
        return new StringBuilder("\"").Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
