using System.Globalization;
using System.Net;
using System.Text;
using ParlQA.Model;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// The published list as HTML in the Kamer's layout, the same document as the PDF: a heading, the opening, chair
/// and clerk, the table "Nr. | Vraag | Bijlage" with a row per question and per answer (paragraphs as paragraphs,
/// lines of their own after a line break), footnote markers linked to the numbered footnotes after the table, and in the
/// article's footer the document's id as its stamp.
/// Everything from the round is encoded; only web addresses and "vraag N" become links.
/// </summary>
public static class RoundHtml
{
    public static string Article(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var document = RoundDocument.From(round);
        var html = new StringBuilder();
        html.Append("<article class=\"official\" lang=\"nl\">\n");
        html.Append("<h1>").Append(Encode(OfficialText.Title)).Append("</h1>\n");
        html.Append("<p>").Append(Encode(OfficialText.Opening(round))).Append("</p>\n");
        if (round.Chair is { Length: > 0 } chair)
            Signature(html, OfficialText.ChairTitle, chair);
        Signature(html, OfficialText.ClerkTitle, round.ClerkName ?? "");
        html.Append("<table class=\"official-list\">\n<thead><tr>");
        foreach (var head in OfficialText.ColumnHeads)
            html.Append("<th scope=\"col\">").Append(Encode(head)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        string? QuestionHref(string id) => document.Questions.Any(q => q.Id == id) ? "#" + id : null;
        var marked = RoundDocument.Printed(round).ToDictionary(p => RoundDocument.AnswerId(p.Answer), p => p.MarkedText);
        foreach (var question in document.Questions)
        {
            Row(html, "question", question.Id, question.Label, question.Text, QuestionHref);
            var answer = document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
            // A grouped answer stands once, under the last of its questions.
            if (answer is not null && answer.QuestionIds[^1] == question.Id)
                Row(html, "answer", answer.Id, answer.Label, marked[answer.Id], QuestionHref);
        }
        html.Append("</tbody>\n</table>\n");
        if (document.Footnotes.Count > 0)
        {
            html.Append("<ol class=\"footnotes\">\n");
            foreach (var note in document.Footnotes)
            {
                var number = Number(note.Number);
                html.Append("<li id=\"fn").Append(number).Append("\" value=\"").Append(number).Append("\">");
                Paragraphs(html, note.Text, null, inline: true);
                html.Append("</li>\n");
            }
            html.Append("</ol>\n");
        }
        // The document's id as the Kamer stamps its own ("kst-35207-34"): a reader of the saved page gives it the archive's id.
        html.Append("<footer><p class=\"stamp\">").Append(Encode(document.Id)).Append("</p></footer>\n");
        html.Append("</article>\n");
        return html.ToString();
    }

    private static void Signature(StringBuilder html, string title, string name) =>
        html.Append("<p>").Append(Encode(title)).Append("<br>").Append(Encode(name)).Append("</p>\n");

    private static void Row(StringBuilder html, string kind, string id, string? label, string text, Func<string, string?> questionHref)
    {
        html.Append("<tr class=\"").Append(kind).Append("\" id=\"").Append(Encode(id)).Append("\"><td>").Append(Encode(label ?? "")).Append("</td><td>");
        Paragraphs(html, text, questionHref, inline: false);
        html.Append("</td><td></td></tr>\n");
    }

    /// <summary>Paragraphs as &lt;p&gt; (or inline, for a footnote), lines of their own after &lt;br&gt;, footnote markers where they stand.</summary>
    private static void Paragraphs(StringBuilder html, string text, Func<string, string?>? questionHref, bool inline)
    {
        var units = PublishedText.Units(text);
        for (int i = 0; i < units.Count; i++)
        {
            if (units[i].StartsParagraph)
            {
                if (i > 0)
                    html.Append(inline ? "<br><br>" : "</p>");
                if (!inline)
                    html.Append("<p>");
            }
            else
            {
                html.Append("<br>");
            }
            foreach (var (piece, marks) in MarkedText.Pieces(units[i].Text))
                html.Append(marks ? Markers(piece) : HtmlText.Linked(piece, questionHref));
        }
        if (!inline && units.Count > 0)
            html.Append("</p>");
    }

    /// <summary>"3, 4" as superscript links to footnotes 3 and 4.</summary>
    private static string Markers(string numbers) =>
        "<sup>" + string.Join(", ", numbers.Split(", ").Select(n => $"<a href=\"#fn{n}\">{n}</a>")) + "</sup>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
