using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using ParlQA.Rounds.Publishing;

namespace ParlQA.Web.Rendering;

/// <summary>
/// Untrusted document text as HTML: everything is encoded; only what ParlQA itself recognised becomes markup —
/// hits marked in snippets, web addresses, and "zie het antwoord op vraag 1" as a link to that answer.
/// </summary>
public static class TextHtml
{
    /// <summary>A snippet with its hits (marked **so** by the archive) in &lt;mark&gt;.</summary>
    public static IHtmlContent Snippet(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var parts = snippet.Split("**");
        var html = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            var encoded = WebUtility.HtmlEncode(parts[i]);
            html.Append(i % 2 == 1 && i < parts.Length - 1 ? "<mark>" + encoded + "</mark>" : encoded);
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>Text with its web addresses linked, and question numbers after "vraag"/"vragen" linked where <paramref name="questionHref"/> knows them.</summary>
    public static IHtmlContent Linked(string text, Func<string, string?>? questionHref = null) =>
        new HtmlString(HtmlText.Linked(text, questionHref));
}
