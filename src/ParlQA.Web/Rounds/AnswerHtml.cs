using Microsoft.AspNetCore.Html;
using ParlQA.Rounds.Domain;
using ParlQA.Web.Rendering;

namespace ParlQA.Web.Rounds;

/// <summary>
/// An answer's text with its footnotes as superscripts: where the officer typed "[k]" (once, not "[k]" and then the
/// number again), and after the text for a footnote not marked. The text itself is encoded as any text (TextHtml).
/// </summary>
public static class AnswerHtml
{
    /// <param name="text">The answer as drafted, with its markers.</param>
    /// <param name="footnotes">How many footnotes the answer has.</param>
    /// <param name="number">The number shown for the answer's k-th footnote (on the publication: the document's numbering).</param>
    /// <param name="href">Where that number links to.</param>
    /// <param name="questionHref">Links for "vraag 3" in the text, as <see cref="TextHtml.Linked"/> takes them.</param>
    public static IHtmlContent Render(string text, int footnotes, Func<int, int> number, Func<int, string> href, Func<string, string?>? questionHref = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(href);
        var html = new HtmlContentBuilder();
        var marked = new HashSet<int>();
        foreach (var (piece, marker) in FootnoteMarkers.Split(text))
        {
            html.AppendHtml(TextHtml.Linked(piece, questionHref));
            if (marker is { } k && k <= footnotes)
            {
                html.AppendHtml(Superscript(number(k), href(k)));
                marked.Add(k);
            }
            else if (marker is { } unknown)
            {
                html.Append($"[{unknown}]");
            }
        }
        foreach (var k in Enumerable.Range(1, footnotes).Where(k => !marked.Contains(k)))
            html.AppendHtml(Superscript(number(k), href(k)));
        return html;
    }

    private static HtmlString Superscript(int number, string href) =>
        new($"<sup><a href=\"{System.Net.WebUtility.HtmlEncode(href)}\">{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}</a></sup>");
}
