using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ParlQA.Archive;
using ParlQA.Archive.Search;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Search: results per question with hits marked, facets, paging; a question in plain words gets similar questions first.</summary>
[RequestSizeLimit(64 * 1024)]
public sealed class SearchModel(ArchiveService archive, WebMetrics metrics) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Offset { get; set; }

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
        if (ArchiveService.IsPlainQuestion(Q))
        {
            if (Offset == 0)
                AskedBefore = archive.Similar(Q, 3);
            if (ArchiveService.AnyTellingWord(Q) is { } words)
            {
                Results = archive.Search(words, PageSize, Offset);
                return;
            }
        }
        try
        {
            Results = archive.Search(Q, PageSize, Offset);
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
            "answeredBy" => $"addressee:\"{facet.Value}\"",
            "committee" => $"committee:\"{facet.Value}\"",
            _ => $"{facet.Name}:{facet.Value}",
        };
    }

    public static string FacetLabel(Facet facet, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(facet);
        ArgumentNullException.ThrowIfNull(t);
        return facet.Name is "kind" or "answered" ? t[$"Facet_{facet.Name}_{facet.Value}"] : facet.Value;
    }
}
