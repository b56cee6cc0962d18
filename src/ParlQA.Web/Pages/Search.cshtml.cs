using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ParlQA.Archive;
using ParlQA.Archive.Search;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Search: results per question with hits marked, who asked and answered when, facets, paging, order by
/// relevance or date; a question in plain words gets similar questions first; "did you mean" for a word the archive lacks.</summary>
[RequestSizeLimit(64 * 1024)]
public sealed class SearchModel(ArchiveService archive, WebMetrics metrics) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

    /// <summary>"date" for newest first; otherwise by relevance.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public SearchPage? Results { get; private set; }

    public IReadOnlyList<SearchHit> AskedBefore { get; private set; } = [];

    /// <summary>Why the query could not be run, when it is malformed.</summary>
    public QueryParseException? Error { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q))
            return;
        Offset = Math.Max(0, Offset);
        metrics.Searched();
        Sort = Sort == "date" ? "date" : null;
        if (Offset == 0 && ArchiveService.IsPlainQuestion(Q))
            AskedBefore = archive.Similar(Q, 3);
        try
        {
            Results = archive.Search(Q, PageSize, Offset, sort: Sort);
        }
        catch (QueryParseException e)
        {
            Error = e;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    /// <summary>The query filter that narrows to one facet value.</summary>
    public static string Filter(Facet facet)
    {
        ArgumentNullException.ThrowIfNull(facet);
        return facet.Name switch
        {
            "answeredBy" => $"answerer:\"{facet.Value}\"",
            "committee" => $"committee:\"{facet.Value}\"",
            _ => $"{facet.Name}:{facet.Value}",
        };
    }

    /// <summary>The link to this search with other parameters: another page, the other order, a narrower query.</summary>
    public string Link(string? query = null, int offset = 0, string? sort = "") =>
        "/search?q=" + Uri.EscapeDataString(query ?? Q ?? "") + (offset > 0 ? $"&offset={offset}" : "") + ((sort == "" ? Sort : sort) is { } order ? "&sort=" + order : "");

    public static string FacetLabel(Facet facet, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(t);
        return facet.Name is "kind" or "answered" ? t[$"Facet_{facet.Name}_{facet.Value}"] : facet.Value;
    }
}
