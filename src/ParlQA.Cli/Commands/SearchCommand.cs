using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ParlQA.Archive.Search;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa search QUERY [--db DB] [--format table|json] [--limit N]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = CommonOptions.Text("query", "The query: words, \"phrases\", AND/OR/NOT, prefix*, filters like kind:question-list year:2020");
        var db = ArchiveOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json (JSON Lines)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = CommonOptions.Limit("Results to show", 20);
        var group = new Option<bool>("--group", "-g") { Description = "Group the results per document" };
        var command = new Command("search", "Search the archive's questions and answers") { query, db, format, limit, group };
        command.SetAction(result =>
        {
            SearchQuery parsed;
            try
            {
                parsed = QueryParser.Parse(string.Join(' ', result.GetValue(query)!));
            }
            catch (QueryParseException e)
            {
                stderr.WriteLine("parlqa: " + e.Message);
                return CliApp.Usage;
            }
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            var page = archive.Search(parsed, result.GetValue(limit), facets: result.GetValue(format) != "json");
            if (result.GetValue(format) == "json")
            {
                foreach (var hit in page.Hits)
                    stdout.WriteLine(JsonSerializer.Serialize(new SearchLine(hit.DocumentId, hit.QuestionId, Math.Round(hit.Score, 3), hit.Snippet), CliJson.Default.SearchLine));
                return CliApp.Ok;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Total}{(page.Total >= 1000 ? "+" : "")} questions match; the best {page.Hits.Count}:"));
            if (result.GetValue(group))
            {
                foreach (var document in page.Hits.GroupBy(h => h.DocumentId))
                {
                    stdout.WriteLine(document.Key);
                    foreach (var hit in document)
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {hit.Score,7:0.00}  #{hit.QuestionId}  {hit.Snippet}"));
                }
            }
            else
            {
                foreach (var hit in page.Hits)
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Score,7:0.00}  {hit.DocumentId}#{hit.QuestionId}  {hit.Snippet}"));
            }
            foreach (var facet in page.Facets.GroupBy(f => f.Name))
                stdout.WriteLine($"by {facet.Key}: " + string.Join(", ", facet.Take(6).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} {f.Count}"))));
            return CliApp.Ok;
        });
        return command;
    }
}
