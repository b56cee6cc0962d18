using ParlQA.Rounds.Publishing;

namespace ParlQA.Rounds.Tests;

/// <summary>The published list as HTML: a heading, the official table, paragraphs and lines kept, markers linked, the round's text encoded.</summary>
public sealed class PublishedHtmlTests
{
    [Fact]
    public void Article_HasAHeading_TheOpening_AndTheOfficialTable()
    {
        var html = RoundHtml.Article(Lists.One("Hoeveel Tibetaanse politieke gevangenen zijn er?", "Het kabinet beschikt niet over betrouwbare cijfers.").ToRound());

        Assert.Contains("<h1>Lijst van vragen en antwoorden</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>De vaste commissie voor Buitenlandse Zaken heeft een aantal vragen voorgelegd aan de Minister van Buitenlandse Zaken", html, StringComparison.Ordinal);
        Assert.Contains("<p>De voorzitter van de commissie,<br>P. Dijkstra</p>", html, StringComparison.Ordinal);
        Assert.Contains("<thead><tr><th scope=\"col\">Nr.</th><th scope=\"col\">Vraag</th><th scope=\"col\">Bijlage</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"question\" id=\"q1\"><td>1</td><td><p>Hoeveel Tibetaanse politieke gevangenen zijn er?</p></td><td></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"answer\" id=\"a1\"><td></td><td><p>Het kabinet beschikt niet over betrouwbare cijfers.</p></td><td></td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_KeepsParagraphsItemsAndNonBreakingSpaces_AndLinksItsFootnotes()
    {
        var answer = "Het budget bedraagt €\u00A012 miljoen.\n\nDe maatregelen zijn:\n• een meldpunt;\n• een onderzoek.";
        var html = RoundHtml.Article(Lists.One("Wat kost het?", answer, "Kamerstuk 35 207, nr. 32", "Zie https://www.rijksoverheid.nl/a").ToRound());

        Assert.Contains("<td><p>Het budget bedraagt €&#160;12 miljoen.</p><p>De maatregelen zijn:<br>• een meldpunt;<br>• een onderzoek.<sup><a href=\"#fn1\">1</a>, <a href=\"#fn2\">2</a></sup></p></td>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn2\" value=\"2\">Zie <a href=\"https://www.rijksoverheid.nl/a\" rel=\"nofollow noopener noreferrer\">https://www.rijksoverheid.nl/a</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_StandWhereTheOfficerPutThem_FootnotesNumberedInPrintedOrder()
    {
        var list = Lists.One("Wat staat erin?", "Het rapport[2] en de brief [1] zijn openbaar.", "De brief van 3 maart", "Het rapport van de Inspectie");

        var document = RoundDocument.From(list.ToRound());
        var html = RoundHtml.Article(list.ToRound());

        Assert.Equal("Het rapport en de brief zijn openbaar.", document.Answers[0].Text);
        Assert.Equal([1, 2], document.Answers[0].FootnoteNumbers);
        Assert.Equal(["Het rapport van de Inspectie", "De brief van 3 maart"], document.Footnotes.Select(f => f.Text));
        Assert.Contains("<p>Het rapport<sup><a href=\"#fn1\">1</a></sup> en de brief<sup><a href=\"#fn2\">2</a></sup> zijn openbaar.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_PastTheNinetyNinthFootnote_AreSuperscriptsToo()
    {
        // The officer's "[1]" marks an answer's own footnote; printed, it carries the document's number (here 100).
        var list = Lists.Of(Enumerable.Range(1, 100).Select(n => $"Wat zegt rapport {n}?").ToList(),
            Enumerable.Range(1, 100).Select(n => Lists.Answer([n], "Het rapport[1] is openbaar.", $"Rapport {n}")).ToArray());

        var document = RoundDocument.From(list.ToRound());
        var html = RoundHtml.Article(list.ToRound());

        Assert.Equal("Het rapport is openbaar.", document.Answers[99].Text);
        Assert.Equal([100], document.Answers[99].FootnoteNumbers);
        Assert.Contains("<p>Het rapport<sup><a href=\"#fn100\">100</a></sup> is openbaar.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[100]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundText_IsEncoded_NeverMarkup()
    {
        var html = RoundHtml.Article(Lists.One("Klopt het dat <script>alert(1)</script> werkt?", "Nee & nooit.").ToRound());

        Assert.Contains("Klopt het dat &lt;script&gt;alert(1)&lt;/script&gt; werkt?", html, StringComparison.Ordinal);
        Assert.Contains("Nee &amp; nooit.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ListWithoutChair_HasNoChairParagraph()
    {
        var html = RoundHtml.Article((Lists.One("Hoeveel?", "Veel.") with { Chair = null }).ToRound());

        Assert.DoesNotContain("voorzitter", html, StringComparison.Ordinal);
        Assert.Contains("<p>De griffier van de commissie,<br>Konings</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionTypedWithLineBreaksInsideASentence_IsPublishedAsOneParagraph()
    {
        var list = Lists.One("Hoeveel politieke gevangenen zitten er\nmomenteel vast in Tibet? Bent u bekend met\nde lijst van Human Rights Watch?", "Ja.\n\n\nDe lijst is\nbekend.");

        var document = RoundDocument.From(list.ToRound());

        Assert.Equal("Hoeveel politieke gevangenen zitten er momenteel vast in Tibet? Bent u bekend met de lijst van Human Rights Watch?", document.Questions[0].Text);
        Assert.Equal("Ja.\n\nDe lijst is bekend.", document.Answers[0].Text);
    }
}
