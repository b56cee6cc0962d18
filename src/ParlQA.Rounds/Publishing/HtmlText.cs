using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Untrusted document text as HTML: everything is encoded; only what ParlQA itself recognised becomes markup —
/// web addresses, and "zie het antwoord op vraag 1" as a link to that question.
/// </summary>
public static partial class HtmlText
{
    /// <summary>Text with its web addresses linked, and question numbers after "vraag"/"vragen" linked where <paramref name="questionHref"/> knows them.</summary>
    public static string Linked(string text, Func<string, string?>? questionHref = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var html = new StringBuilder();
        int at = 0;
        foreach (Match match in Linkable().Matches(text))
        {
            string? href = match.Groups["url"].Success ? match.Value : questionHref?.Invoke("q" + match.Value.ToLowerInvariant());
            if (href is null)
                continue;
            html.Append(WebUtility.HtmlEncode(text[at..match.Index]));
            var rel = match.Groups["url"].Success ? " rel=\"nofollow noopener noreferrer\"" : "";
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append('"').Append(rel).Append('>')
                .Append(WebUtility.HtmlEncode(match.Value)).Append("</a>");
            at = match.Index + match.Length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return html.ToString();
    }

    /// <summary>A web address (without the sentence's closing punctuation), or a number in "vraag 1", "vragen 3, 4 en 5".</summary>
    [GeneratedRegex(@"(?<url>https?://[^\s<>""]*[^\s<>"".,;:!?)])|(?<=\bvra(?:ag|gen)\s+(?:\d+[a-z]?\s*(?:,|en|t/m|tot en met|–|-)\s*)*)\d+[a-z]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Linkable();
}
