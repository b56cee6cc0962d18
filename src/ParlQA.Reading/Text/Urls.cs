using System.Buffers;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Text;

/// <summary>Finding URLs in text, and telling whether a URL broken at a line end goes on in the next line.</summary>
internal static partial class Urls
{
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>«»""]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    /// <summary>Characters after which a URL cannot end at a line end: it must go on.</summary>
    private const string OpenEnders = "/-_=&?+#%~";

    /// <summary>Characters that only URL parts contain, not ordinary words.</summary>
    private static readonly SearchValues<char> UrlOnly = SearchValues.Create("/=&%_?#~");

    /// <summary>The URLs in a text, with trailing punctuation and unbalanced closing brackets removed.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        foreach (Match m in UrlPattern().Matches(text))
        {
            var url = TrimUrl(m.Value);
            if (url.Length > 8 && !found.Contains(url))
                found.Add(url);
        }
        return found;
    }

    /// <summary>The URLs a text names, then those of the hyperlinks whose shown text it holds (a Word note may show only a title).</summary>
    public static IReadOnlyList<string> Find(string text, IEnumerable<Layout.LinkedText> links)
    {
        var found = Find(text).ToList();
        foreach (var link in links)
        {
            if ((link.Text.Length == 0 || text.Contains(link.Text, StringComparison.Ordinal)) && !found.Contains(link.Url))
                found.Add(link.Url);
        }
        return found;
    }

    private static string TrimUrl(string url)
    {
        while (url.Length > 0)
        {
            char last = url[^1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' or '”')
                url = url[..^1];
            else if (last == ')' && url.Count(c => c == '(') < url.Count(c => c == ')'))
                url = url[..^1];
            else
                break;
        }
        return url;
    }

    /// <summary>A token that is (the start of) a URL.</summary>
    public static bool IsUrlToken(string token)
    {
        var t = token.TrimStart('(', '[', '«', '"');
        return t.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A URL ending a line goes on in the next when it ends in a character a URL cannot end in
    /// ("https://", "…-for-un-"), or when the next line starts with a URL-only fragment ("artikel/2310816-…").
    /// </summary>
    public static bool ContinuesOnNextLine(string lastToken, string nextFirstToken)
    {
        if (!IsUrlToken(lastToken) || nextFirstToken.Length == 0)
            return false;
        if (lastToken.EndsWith(')') || lastToken.EndsWith(';'))
            return false;
        if (OpenEnders.Contains(lastToken[^1], StringComparison.Ordinal))
            return true;
        return !char.IsUpper(nextFirstToken[0]) && nextFirstToken.AsSpan().IndexOfAny(UrlOnly) >= 0;
    }
}
