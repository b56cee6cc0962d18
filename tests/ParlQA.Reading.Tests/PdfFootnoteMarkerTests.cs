using ParlQA.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ParlQA.Reading.Tests;

/// <summary>
/// Footnote markers of Aanhangsel PDFs as two layouts print them: superscripts right after "?" or ".", a list of
/// them ("?1, 2"), and the notes at the page's bottom numbered by a raised number (2023–2024) or by a small number
/// on the note's own baseline (2014–2015).
/// </summary>
public sealed class PdfFootnoteMarkerTests
{
    /// <summary>How a year's layout sets body text, markers and notes.</summary>
    public sealed record AanhangselLayout(string Name, Standard14Font Font, double Left, double Body, double Step, double Marker, double Rise, double Note, bool NoteNumberRaised, double NoteNumber = 4.5)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<AanhangselLayout> Layouts() =>
    [
        new AanhangselLayout("2023–2024", Standard14Font.Helvetica, 200, 8.5, 9.6, 5.5, 3.5, 6.9, NoteNumberRaised: true),
        new AanhangselLayout("2014–2015", Standard14Font.TimesRoman, 70, 10, 12, 6.5, 4, 7.5, NoteNumberRaised: false, NoteNumber: 7.5),
        new AanhangselLayout("2014–2015, smaller note numbers", Standard14Font.TimesRoman, 70, 10, 12, 6.5, 4, 7.5, NoteNumberRaised: false, NoteNumber: 6.5),
    ];

    /// <summary>One Aanhangsel page: question 1 ends "?" with markers 1 and 2, its answer ends "." with marker 3.</summary>
    private static byte[] Page(AanhangselLayout layout, string firstMarkers)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(layout.Font);
        double y = 760;
        void Line(string text, string? markers = null)
        {
            var letters = page.AddText(text, layout.Body, new PdfPoint(layout.Left, y), font);
            if (markers is not null)
                page.AddText(markers, layout.Marker, new PdfPoint(letters[^1].EndBaseLine.X + 0.3, y + layout.Rise), font);
            y -= layout.Step;
        }
        Line("Vragen van het lid Jansen (SP) aan de Minister van Justitie over de toeslagen (ingezonden");
        Line("6 maart 2024).");
        Line("Antwoord van Minister Bos (Justitie) (ontvangen 25 maart 2024).");
        y -= layout.Step;
        Line("Vraag 1");
        Line("Kent u het bericht «Toeslagen» en de reactie van de ombudsman?", firstMarkers);
        y -= layout.Step;
        Line("Antwoord 1");
        Line("Ja, dat bericht is bekend.", "3");
        Line("De hersteloperatie gaat door.");
        double noteY = 130;
        foreach (var (n, text) in new[] { ("1", "NOS, 1 maart 2024, https://nos.nl/artikel/1"), ("2", "Nationale ombudsman, rapport 2024/012"), ("3", "Kamerstuk 31 066, nr. 1300") })
        {
            page.AddText(n, layout.NoteNumber, new PdfPoint(layout.Left, noteY + (layout.NoteNumberRaised ? 2.7 : 0)), font);
            page.AddText(text, layout.Note, new PdfPoint(layout.Left + 8, noteY), font);
            noteY -= layout.Note * 1.3;
        }
        page.AddText("ah-tk-20232024-999", 5.9, new PdfPoint(37, 46.8), font);
        page.AddText("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1", 9.1, new PdfPoint(layout.Left, 34), font);
        return builder.Build();
    }

    private static QaDocument Read(byte[] pdf)
    {
        var result = DocumentReader.Read(pdf, "page.pdf");
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_MarkerListAfterTheQuestionMark_BothFootnotesAndACleanText(AanhangselLayout layout)
    {
        var doc = Read(Page(layout, "1, 2"));

        Assert.Equal("Kent u het bericht «Toeslagen» en de reactie van de ombudsman?", doc.Questions[0].Text);
        Assert.Equal([1, 2], doc.Questions[0].FootnoteNumbers);
        Assert.Equal("Ja, dat bericht is bekend. De hersteloperatie gaat door.", doc.Answers[0].Text);
        Assert.Equal([3], doc.Answers[0].FootnoteNumbers);
        Assert.Equal([(1, "NOS, 1 maart 2024, https://nos.nl/artikel/1"), (2, "Nationale ombudsman, rapport 2024/012"), (3, "Kamerstuk 31 066, nr. 1300")],
            doc.Footnotes.Select(f => (f.Number, f.Text)));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_MarkerListWithoutASpace_IsReadTheSame(AanhangselLayout layout)
    {
        var doc = Read(Page(layout, "1,2"));

        Assert.Equal("Kent u het bericht «Toeslagen» en de reactie van de ombudsman?", doc.Questions[0].Text);
        Assert.Equal([1, 2], doc.Questions[0].FootnoteNumbers);
    }
}
