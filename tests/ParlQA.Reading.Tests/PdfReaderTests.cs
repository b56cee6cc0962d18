using ParlQA.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ParlQA.Reading.Tests;

/// <summary>PDFs drawn here word by word, in the Aanhangsel layout, so each layout rule stands alone.</summary>
public sealed class PdfReaderTests
{
    private const double Left = 200, Body = 8.5, Step = 9.6;

    /// <summary>One page: body lines from the top, a superscript marker, a footnote, and the page furniture.</summary>
    private static byte[] AanhangselPage(bool withFootnote = true)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        double y = 760;
        void Line(string text, double size = Body, double x = Left)
        {
            page.AddText(text, size, new PdfPoint(x, y), font);
            y -= Step;
        }
        Line("Vragen van het lid Jansen (SP) aan de Minister van Justitie over de toeslagen (ingezonden");
        Line("6 maart 2024).");
        Line("Antwoord van Minister Bos (Justitie) (ontvangen 25 maart 2024).");
        y -= Step;
        Line("Vraag 1");
        var letters = page.AddText("Kent u het bericht «Toeslagen»?", Body, new PdfPoint(Left, y), font);
        double end = letters[^1].EndBaseLine.X;
        if (withFootnote)
            page.AddText("1", 5.5, new PdfPoint(end + 0.3, y + 3.5), font);
        y -= Step * 2;
        Line("Antwoord 1");
        Line("Ja. Het uitvoeren van de hersteloperatie heeft de hoogste prioriteit.");
        Line("De CO2-uitstoot daalt.");
        if (withFootnote)
        {
            page.AddText("1", 4.5, new PdfPoint(Left, 124.6), font);
            page.AddText("NOS, 1 maart 2024, https://nos.nl/artikel/1", 6.9, new PdfPoint(Left + 6, 121.9), font);
        }
        page.AddText("ah-tk-20232024-999", 5.9, new PdfPoint(37, 46.8), font);
        page.AddText("ISSN 0921 - 7398", 5.9, new PdfPoint(37, 40.4), font);
        page.AddText("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1", 9.1, new PdfPoint(Left, 34), font);
        return builder.Build();
    }

    private static QaDocument Read(byte[] pdf)
    {
        var result = DocumentReader.Read(pdf, "page.pdf");
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    [Fact]
    public void Read_AanhangselPage_QuestionsAnswersAndHeader()
    {
        var doc = Read(AanhangselPage());

        Assert.Equal("ah-tk-20232024-999", doc.Id);
        Assert.Equal(DocumentKind.WrittenQuestions, doc.Kind);
        Assert.Equal([new Member("Jansen", "SP")], doc.AskedBy);
        Assert.Equal(new DateOnly(2024, 3, 6), doc.SubmittedOn);
        Assert.Equal(new DateOnly(2024, 3, 25), doc.AnsweredOn);
        Assert.Equal("Minister Bos (Justitie)", doc.AnsweredBy);
        Assert.Equal(("q1", "Kent u het bericht «Toeslagen»?"), (doc.Questions[0].Id, doc.Questions[0].Text));
        Assert.Equal(["q1"], doc.Answers[0].QuestionIds);
    }

    [Fact]
    public void Read_SuperscriptMarker_BecomesAFootnoteReference()
    {
        var doc = Read(AanhangselPage());

        Assert.Equal([1], doc.Questions[0].FootnoteNumbers);
        var footnote = Assert.Single(doc.Footnotes);
        Assert.Equal("NOS, 1 maart 2024, https://nos.nl/artikel/1", footnote.Text);
        Assert.Equal(["https://nos.nl/artikel/1"], footnote.Urls);
    }

    [Fact]
    public void Read_PageFurniture_StaysOutOfTheText()
    {
        var doc = Read(AanhangselPage());

        var text = string.Join("\n", doc.Questions.Select(q => q.Text).Concat(doc.Answers.Select(a => a.Text)));
        Assert.DoesNotContain("ah-tk", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ISSN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vergaderjaar", text, StringComparison.Ordinal);
        Assert.EndsWith("De CO2-uitstoot daalt.", doc.Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortLineEndingASentence_EndsTheParagraph()
    {
        var doc = Read(AanhangselPage(withFootnote: false));

        Assert.Equal("Ja. Het uitvoeren van de hersteloperatie heeft de hoogste prioriteit.\n\nDe CO2-uitstoot daalt.", doc.Answers[0].Text);
    }
}
