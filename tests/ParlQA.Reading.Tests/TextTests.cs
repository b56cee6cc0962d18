namespace ParlQA.Reading.Tests;

/// <summary>The plain text DESIGN.md asks for: hyphens, URLs, paragraphs, lists and footnote markers.</summary>
public sealed class TextTests
{
    [Fact]
    public void Parse_LineEndHyphens_BreaksJoinedRealHyphensKept()
    {
        var text = Cases.Read("footnotes-and-text.txt").AnswerTo("q1").Text;

        Assert.Contains("voeren regelmatig gesprekken", text, StringComparison.Ordinal);
        Assert.Contains("de naleving van wet- en regelgeving", text, StringComparison.Ordinal);
        Assert.Contains("met de directeur-generaal en", text, StringComparison.Ordinal);
        Assert.Contains("volgens de OESO-Richtlijnen voor IMVO-convenanten.", text, StringComparison.Ordinal);
        Assert.Contains("De regering-Trump en de mensenrechtenschendingen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UrlsBrokenOverLines_AreRejoinedWithTheirOwnHyphens()
    {
        var question = Cases.Read("footnotes-and-text.txt").Question("q1");

        Assert.Equal(
            ["https://www.theguardian.com/world/2019/nov/25/uk-calls-for-un-access-chinese-detention-camps-xinjiang",
             "https://nos.nl/artikel/2313198-huis-vs-wil-sancties.html",
             "https://www.example.org/a/b"],
            question.Sources);
    }

    [Fact]
    public void Parse_GluedFootnoteMarker_IsSplitOffAndTheFootnoteRead()
    {
        var doc = Cases.Read("footnotes-and-text.txt");

        var answer = doc.AnswerTo("q1");
        Assert.Contains("heeft de EU een verklaring uitgegeven.", answer.Text, StringComparison.Ordinal);
        Assert.Equal([1], answer.FootnoteNumbers);
        var footnote = Assert.Single(doc.Footnotes);
        Assert.Equal(["https://www.consilium.europa.eu/en/press/2020/05/29/declaration-of-the-high-representative/?utm_source=dsms-auto&utm_medium=email"], footnote.Urls);
    }

    [Fact]
    public void Parse_NumberGluedToWordWithoutFootnote_StaysAsPrinted()
    {
        var text = Cases.Read("page-breaks.txt").AnswerTo("q1").Text;

        Assert.Contains("op19 juni 2019", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BulletItems_OnePerLineAndAParagraphAfterTheList()
    {
        var text = Cases.Read("footnotes-and-text.txt").AnswerTo("q1").Text;

        Assert.Contains("worden afgelezen:\n• Gelijke rechten voor vrouwen en meisjes: EUR 733.140\n• Mensenrechtenverdedigers: EUR 458.801\n\nIn 2019 zijn daarnaast", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DashAtLineStartInsideASentence_IsNoListItem()
    {
        var text = Cases.Read("footnotes-and-text.txt").AnswerTo("q1").Text;

        Assert.EndsWith("waardeketen – zoals mensenrechtenschendingen – te identificeren.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShortLineEndingASentence_EndsTheParagraph()
    {
        var text = Cases.Read("footnotes-and-text.txt").AnswerTo("q1").Text;

        Assert.Contains("(Kamerstuk 26 485, nr. 291). De lijst is korter geworden.\n\nUit de rapportage", text, StringComparison.Ordinal);
    }
}
