namespace ParlQA.Web.Hosting;

/// <summary>Where a "return to" address may send someone: only within this site.</summary>
internal static class LocalUrls
{
    /// <summary>
    /// "/stats" and "/search?q=Tibet", but not "//evil.example" or "/\evil.example" (browsers read both as another
    /// host), nor anything with control characters — ASP.NET Core's own rule for local redirects.
    /// </summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && !url.Any(char.IsControl);
}
