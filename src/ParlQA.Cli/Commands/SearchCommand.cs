using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ParlQA.Archive;
using ParlQA.Archive.Search;
using ParlQA.Cli.Rendering;

namespace ParlQA.Cli.Commands;

/// <summary><c>parlqa search QUERY [--db DB] [--format table|json] [--limit N] [--sort relevance|date] [--group]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = CommonOptions.Text("query", "The query: words or a question in plain words, \"phrases\", AND/OR/NOT, prefix*, filters like kind:question-list year:2020 answerer:Dijkgraaf");
        var db = ArchiveOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json (JSON Lines)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = CommonOptions.Limit("Results to show", 20);
        var sort = new Option<string>("--sort", "-s") { Description = "relevance (default) or date (newest first); the same as sort:date in the query" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var group = new Option<bool>("--group", "-g") { Description = "Group the results per document" };
        var command = new Command("search", "Search the archive's questions and answers") { query, db, format, limit, sort, group };
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
            if (result.GetValue(sort) is { } order)
                parsed = parsed with { Sort = order == "date" ? SearchSort.Date : SearchSort.Relevance };
            using var archive = ArchiveOptions.Open(result.GetValue(db), stderr, out var failed);
            if (archive is null)
                return failed;
            bool json = result.GetValue(format) == "json";
            var page = archive.Search(parsed, result.GetValue(limit), facets: !json);
            if (json)
            {
                foreach (var hit in page.Hits)
                    stdout.WriteLine(JsonSerializer.Serialize(HitText.Line(hit), CliJson.Default.SearchLine));
                return CliApp.Ok;
            }
            HitText.WriteNotes(stdout, page);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page.Total}{(page.Total >= SearchPage.CountedUpTo ? "+" : "")} questions match; {(parsed.Sort == SearchSort.Date ? "the newest" : "the best")} {page.Hits.Count}:"));
            if (result.GetValue(group))
            {
                foreach (var document in page.Hits.GroupBy(h => h.DocumentId))
                {
                    stdout.WriteLine(document.Key + (HitText.Title(document.First()) is { } title ? "  " + title : ""));
                    foreach (var hit in document)
                        stdout.WriteLine($"  {HitText.Lead(hit, parsed.Sort)}  #{hit.QuestionId}  {hit.Snippet}");
                }
            }
            else
            {
                foreach (var hit in page.Hits)
                    HitText.Write(stdout, hit, parsed.Sort);
            }
            foreach (var facet in page.Facets.GroupBy(f => f.Name))
                stdout.WriteLine($"by {facet.Key}: " + string.Join(", ", facet.Take(6).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Value} {f.Count}"))));
            return CliApp.Ok;
        });
        return command;
    }
}
