using Microsoft.Extensions.Localization;
using ParlQA.Archive.Search;

namespace ParlQA.Web.Rendering;

/// <summary>A malformed query's trouble in the page's language: the archive names it by code and values (QueryErrors), the resources say it.</summary>
public static class QueryErrorText
{
    public static string Of(QueryParseException error, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(text);
        var said = text["QueryError_" + error.Code, [.. error.Args]];
        // A code without words yet (a new error in the archive) is shown in the archive's English rather than not at all.
        return said.ResourceNotFound ? error.Message : text["QueryErrorAt", said.Value, error.Column];
    }
}
