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

    /// <summary>
    /// A committee's list as ParlQA's own publisher lays it out: "Nr." column with the numbers, question rows
    /// spaced apart, answers set tight, a range label for a grouped answer, the Kamerstuk footer.
    /// </summary>
    private static byte[] CommitteeList()
    {
        using var list = new ListDrawing();
        list.Row(null, "De vaste commissie voor Justitie en Veiligheid heeft een aantal vragen voorgelegd", 11);
        list.Row(null, "aan de Minister van Justitie en Veiligheid over de brief van 3 maart 2021 inzake de", 11);
        list.Row(null, "voortgang van het programma (Kamerstuk 29 279, nr. 640). De Minister van Justitie en", 11);
        list.Row(null, "Veiligheid heeft deze vragen beantwoord bij brief van 9 april 2021. Vragen en", 11);
        list.Row(null, "antwoorden zijn hierna afgedrukt.", 22);
        list.Row(null, "De voorzitter van de commissie,", 11);
        list.Row(null, "Van Meenen", 22);
        list.Row(null, "De griffier van de commissie,", 11);
        list.Row(null, "Brood", 22);
        list.At("Bijlage", 480);
        list.Row("Nr.", "Vraag", 22);
        list.Row("1", "Hoeveel zaken liggen er nog op de plank bij de rechtbanken en de", 22);
        list.Row(null, "gerechtshoven?", 22);
        list.Row(null, "Er liggen nog 120 zaken. Dat zijn er minder dan vorig jaar, toen er nog meer dan", 11);
        list.Row(null, "tweehonderd op behandeling wachtten.", 22);
        list.Row("2", "Wanneer is de achterstand weggewerkt?", 22);
        list.Row("3", "Welke maatregelen neemt u om de achterstand weg te werken?", 22);
        list.Row("2–3", "De achterstand is naar verwachting voor de zomer weggewerkt. Daartoe zijn extra", 11);
        list.Row(null, "rechters aangesteld.", 22);
        list.Footer("Tweede Kamer, vergaderjaar 2020–2021, 29 279, nr. 651 2");
        return list.Build();
    }

    /// <summary>A committee's list drawn on one page: the Nr. column at 60, the text at 110, rows stepping down.</summary>
    private sealed class ListDrawing : IDisposable
    {
        private readonly PdfDocumentBuilder _builder = new();
        private readonly PdfPageBuilder _page;
        private readonly PdfDocumentBuilder.AddedFont _font;
        private double _y = 780;

        public ListDrawing()
        {
            _page = _builder.AddPage(PageSize.A4);
            _font = _builder.AddStandard14Font(Standard14Font.Helvetica);
        }

        public void Row(string? nr, string text, double after)
        {
            if (nr is not null)
                _page.AddText(nr, 9, new PdfPoint(60, _y), _font);
            _page.AddText(text, 9, new PdfPoint(110, _y), _font);
            _y -= after;
        }

        public void At(string text, double x) => _page.AddText(text, 9, new PdfPoint(x, _y), _font);

        public void Footer(string text) => _page.AddText(text, 7, new PdfPoint(60, 40), _font);

        public byte[] Build() => _builder.Build();

        public void Dispose() => _builder.Dispose();
    }

    [Fact]
    public void Read_CommitteeListPdf_NumberColumnAndSpacedRows()
    {
        var doc = Read(CommitteeList());

        Assert.Equal(DocumentKind.QuestionList, doc.Kind);
        Assert.Equal("kst-29279-651", doc.Id);
        Assert.Equal("vaste commissie voor Justitie en Veiligheid", doc.Committee);
        Assert.Equal(["q1", "q2", "q3"], doc.Questions.Select(q => q.Id));
        Assert.Equal("Hoeveel zaken liggen er nog op de plank bij de rechtbanken en de gerechtshoven?", doc.Questions[0].Text);
        Assert.Equal([["q1"], ["q2", "q3"]], doc.Answers.Select(a => a.QuestionIds));
        Assert.Equal("2–3", doc.Answers[1].Label);
        Assert.Equal("De achterstand is naar verwachting voor de zomer weggewerkt. Daartoe zijn extra rechters aangesteld.", doc.Answers[1].Text);
    }

    /// <summary>A list whose spaced rows are most of the page (short answers): the tight lines of the opening still set the line spacing.</summary>
    [Fact]
    public void Read_CommitteeListPdf_MostlySpacedRows_StillSeparatesQuestionsAndAnswers()
    {
        using var list = new ListDrawing();
        list.Row(null, "De vaste commissie voor Justitie en Veiligheid heeft een aantal vragen voorgelegd", 11);
        list.Row(null, "aan de Minister van Justitie en Veiligheid over de brief van 3 maart 2021 inzake de", 11);
        list.Row(null, "voortgang van het programma. De Minister heeft deze vragen beantwoord bij brief van", 11);
        list.Row(null, "9 april 2021. Vragen en antwoorden zijn hierna afgedrukt.", 22);
        for (int n = 1; n <= 12; n++)
        {
            list.Row(n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Hoeveel zaken liggen er bij rechtbank {n} op de plank?", 22);
            list.Row(null, $"Bij rechtbank {n} liggen nog twaalf zaken.", 22);
        }

        var doc = Read(list.Build());

        Assert.Equal(12, doc.Questions.Count);
        Assert.Equal("Hoeveel zaken liggen er bij rechtbank 7 op de plank?", doc.Questions[6].Text);
        Assert.Equal("Bij rechtbank 7 liggen nog twaalf zaken.", doc.Answers[6].Text);
    }

    /// <summary>A committee's list PDF whose questions sit under section titles: each title stands in the text column between an answer and the next question row.</summary>
    [Fact]
    public void Read_CommitteeListPdf_SectionTitlesAreNoPartOfTheAnswerBefore()
    {
        using var list = new ListDrawing();
        list.Row(null, "De vaste commissie voor Justitie en Veiligheid heeft een aantal vragen voorgelegd", 11);
        list.Row(null, "aan de Minister van Justitie en Veiligheid over de begroting. De Minister heeft deze", 11);
        list.Row(null, "vragen beantwoord bij brief van 9 april 2021.", 22);
        list.At("Bijlage", 480);
        list.Row("Nr.", "Vraag", 22);
        list.Row(null, "Algemeen", 22);
        list.Row("1", "Hoeveel zaken liggen er nog op de plank bij de rechtbanken?", 22);
        list.Row(null, "Er liggen nog 120 zaken.", 22);
        list.Row(null, "Artikel 25", 22);
        list.Row("2", "Waarom stijgen de uitgaven op artikel 25?", 22);
        list.Row(null, "De uitgaven stijgen door de hogere instroom.", 22);
        list.Row(null, "Artikelen 25, 28, 31 en 40", 22);
        list.Row("3", "Kunt u per artikel aangeven hoeveel fte er is?", 22);
        list.Row(null, "Zie de tabel in de bijlage.", 22);
        list.Row(null, "Beleidsagenda", 22);
        list.Row("4", "Welke doelen heeft de beleidsagenda voor dit jaar?", 22);
        list.Row(null, "De doelen staan op bladzijde 5.", 22);
        list.Footer("Tweede Kamer, vergaderjaar 2020–2021, 35 570 VI, nr. 12 2");

        var doc = Read(list.Build());

        Assert.Equal(["q1", "q2", "q3", "q4"], doc.Questions.Select(q => q.Id));
        Assert.Equal(["Er liggen nog 120 zaken.", "De uitgaven stijgen door de hogere instroom.", "Zie de tabel in de bijlage.", "De doelen staan op bladzijde 5."], doc.Answers.Select(a => a.Text));
        Assert.Equal([["q1"], ["q2"], ["q3"], ["q4"]], doc.Answers.Select(a => a.QuestionIds));
    }
}
