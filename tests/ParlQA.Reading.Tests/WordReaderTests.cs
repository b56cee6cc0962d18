using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParlQA.Model;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ParlQA.Reading.Tests;

/// <summary>Word letters built paragraph by paragraph for the tests.</summary>
internal static class WordLetters
{
    /// <summary>A .docx whose body holds the given paragraphs; "\n" is a line break inside one, "[fn:text]" a Word footnote.</summary>
    public static byte[] Build(params string[] paragraphs) => Build([], paragraphs);

    /// <summary>As <see cref="Build(string[])"/>, with a title page whose first-page header holds <paramref name="firstPageHeader"/>.</summary>
    public static byte[] Build(string[] firstPageHeader, string[] paragraphs) => Build(firstPageHeader, [], paragraphs);

    /// <summary>As <see cref="Build(string[], string[])"/>, with the header of the pages after the first holding <paramref name="laterPagesHeader"/>.</summary>
    public static byte[] Build(string[] firstPageHeader, string[] laterPagesHeader, string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes();
            var body = new Body();
            long id = 1;
            foreach (var text in paragraphs)
            {
                var paragraph = new Paragraph();
                var parts = text.Split("[fn:");
                AddRuns(main, paragraph, parts[0]);
                foreach (var part in parts.Skip(1))
                {
                    var note = part[..part.IndexOf(']', StringComparison.Ordinal)];
                    var notePara = new Paragraph();
                    AddRuns(footnotes, notePara, note.Replace("{", "[", StringComparison.Ordinal).Replace("}", "]", StringComparison.Ordinal));
                    footnotes.Footnotes.Append(new Footnote(notePara) { Id = id });
                    paragraph.Append(new Run(new FootnoteReference { Id = id }));
                    id++;
                    AddRuns(main, paragraph, part[(note.Length + 1)..]);
                }
                body.Append(paragraph);
            }
            if (firstPageHeader.Length > 0)
            {
                var section = new SectionProperties();
                if (laterPagesHeader.Length > 0)
                    section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(HeaderOf(main, laterPagesHeader)) });
                section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(HeaderOf(main, firstPageHeader)) }, new TitlePage());
                body.Append(section);
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static HeaderPart HeaderOf(MainDocumentPart main, string[] paragraphs)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(paragraphs.Select(t => new Paragraph(new Run(new WordText(t)))));
        return header;
    }

    /// <summary>Runs of <paramref name="text"/>; "[link:URL|shown]" is a Word hyperlink (in a footnote written "{link:URL|shown}").</summary>
    private static void AddRuns(OpenXmlPart part, Paragraph paragraph, string text)
    {
        int at = text.IndexOf("[link:", StringComparison.Ordinal);
        if (at >= 0)
        {
            int bar = text.IndexOf('|', at);
            int end = text.IndexOf(']', bar);
            AddRuns(part, paragraph, text[..at]);
            var relationship = part.AddHyperlinkRelationship(new Uri(text[(at + 6)..bar]), isExternal: true);
            paragraph.Append(new Hyperlink(new Run(new WordText(text[(bar + 1)..end]) { Space = SpaceProcessingModeValues.Preserve })) { Id = relationship.Id });
            AddRuns(part, paragraph, text[(end + 1)..]);
            return;
        }
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                paragraph.Append(new Run(new Break()));
            if (lines[i].Length > 0)
                paragraph.Append(new Run(new WordText(lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
        }
    }

}

/// <summary>Word answer letters, built here paragraph by paragraph so each quirk stands alone.</summary>
public sealed class WordReaderTests
{
    private static byte[] Letter(params string[] paragraphs) => WordLetters.Build(paragraphs);

    private static QaDocument Read(byte[] docx)
    {
        var result = DocumentReader.Read(docx, "letter.docx");
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    private static readonly string[] Letterhead =
    [
        "Datum", "16 mei 2024", "Onderwerp", "Beantwoording Kamervragen van de leden Jansen en De Vries (SP) over de brandweer",
        "In antwoord op uw brief van 6 december 2023, nr. 2023Z19677, deel ik u mede dat de vragen zijn beantwoord.",
    ];

    [Fact]
    public void Read_Letter_HeadersAndGroupedAnswerHeadings()
    {
        var doc = Read(Letter([.. Letterhead,
            "Vraag 1", "Kent u het bericht?", "Antwoord op vraag 1", "Ja.",
            "Vraag 2", "Waarom is dat zo?", "Vraag 3 ", "Wat gaat u doen?", "Antwoord op vragen 2, en 3", "Dat leg ik uit."]));

        Assert.Equal(DocumentKind.AnswerLetter, doc.Kind);
        Assert.Equal("kv-tk-2023Z19677-antwoord", doc.Id);
        Assert.Equal(new DateOnly(2024, 5, 16), doc.AnsweredOn);
        Assert.Equal([new Member("Jansen", "SP"), new Member("De Vries", "SP")], doc.AskedBy);
        Assert.Equal("de brandweer", doc.Subject);
        Assert.Equal([["q1"], ["q2", "q3"]], doc.Answers.Select(a => a.QuestionIds));
        Assert.Equal("2, en 3", doc.Answers[1].Label);
    }

    [Fact]
    public void Read_LetterheadInTheFirstPageHeader_GivesTheDateNotTheBodysDate()
    {
        var doc = Read(WordLetters.Build(
            ["Retouradres Postbus 20301 2500 EH Den Haag", "Datum", "16 mei 2024", "Onderwerp", "Beantwoording Kamervragen van het lid Bos (VVD) over de dijken"],
            ["In antwoord op uw brief van 6 december 2023, nr. 2023Z19677, deel ik u mede dat de vragen zijn beantwoord.",
                "Vraag 1", "Kent u het rapport van 2 februari 2024?", "Antwoord op vraag 1", "Ja."]));

        Assert.Equal(new DateOnly(2024, 5, 16), doc.AnsweredOn);
        Assert.Equal("de dijken", doc.Subject);
        Assert.Equal([new Member("Bos", "VVD")], doc.AskedBy);
    }

    /// <summary>The header of the pages after the first repeats the letterhead with another date (a draft's, left standing): the first page's counts.</summary>
    [Fact]
    public void Read_LaterPagesHeaderWithAnotherDate_TheFirstPagesDateCounts()
    {
        var doc = Read(WordLetters.Build(
            ["Retouradres Postbus 20301 2500 EH Den Haag", "Datum", "16 mei 2024", "Onderwerp", "Beantwoording Kamervragen van het lid Bos (VVD) over de dijken"],
            ["Datum", "11 april 2024", "Ons kenmerk", "5401166"],
            ["In antwoord op uw brief van 6 december 2023 deel ik u mede dat de vragen zijn beantwoord.", "Vraag 1", "Kent u het rapport van 2 februari 2024?", "Antwoord op vraag 1", "Ja."]));

        Assert.Equal(new DateOnly(2024, 5, 16), doc.AnsweredOn);
    }

    [Fact]
    public void Read_DateLineWithPlaceInTheFirstPageHeader_IsTheLettersDate()
    {
        var doc = Read(WordLetters.Build(
            ["Ministerie van Justitie en Veiligheid", "Den Haag, 16 mei 2024"],
            ["In antwoord op uw brief van 6 december 2023 deel ik u mede dat de vragen zijn beantwoord.", "Vraag 1", "Kent u het rapport?", "Antwoord op vraag 1", "Ja."]));

        Assert.Equal(new DateOnly(2024, 5, 16), doc.AnsweredOn);
    }

    [Fact]
    public void Read_LetterWithoutLetterheadDate_HasNoDateRatherThanOneFromTheBody()
    {
        var doc = Read(Letter("In antwoord op uw brief van 6 december 2023, nr. 2023Z19677, deel ik u mede dat de vragen zijn beantwoord.",
            "Vraag 1", "Kent u het rapport van 2 februari 2024?", "Antwoord op vraag 1", "Ja."));

        Assert.Null(doc.AnsweredOn);
    }

    [Fact]
    public void Read_HeadingAfterALineBreakInTheQuestionsParagraph_IsStillAHeading()
    {
        var doc = Read(Letter([.. Letterhead, "Vraag 1", "Kent u het bericht?\nAntwoord op vraag 1", "Ja."]));

        Assert.Equal("Kent u het bericht?", doc.Questions[0].Text);
        Assert.Equal("Ja.", doc.Answers[0].Text);
    }

    [Fact]
    public void Read_TypedNotesAfterTheLastAnswer_AreFootnotesNotAnswerText()
    {
        var doc = Read(Letter([.. Letterhead,
            "Vraag 1", "Kent u het bericht “Verbod op hoofddoek (nos.nl)”1)?", "Antwoord op vraag 1", "Ja, zie de brief[fn:Kamerstukken II 2021/22, 29 628, nr. 1099.].",
            "1) NOS, 6 maart 2024 (nos.nl/artikel/2511721)."]));

        Assert.Equal("Kent u het bericht “Verbod op hoofddoek (nos.nl)”?", doc.Questions[0].Text);
        Assert.Equal([1], doc.Questions[0].FootnoteNumbers);
        Assert.Equal("Ja, zie de brief.", doc.Answers[0].Text);
        Assert.Equal([2], doc.Answers[0].FootnoteNumbers);
        Assert.Equal([(1, "NOS, 6 maart 2024 (nos.nl/artikel/2511721)."), (2, "Kamerstukken II 2021/22, 29 628, nr. 1099.")], doc.Footnotes.Select(f => (f.Number, f.Text)));
    }

    [Fact]
    public void Read_BracketNotesGluedInOneParagraph_AreSplit()
    {
        var doc = Read(Letter([.. Letterhead,
            "Vraag 1", "Is een eigenaar omgekomen [1] en een kind overleden [2]?", "Antwoord op vraag 1", "Ja.",
            "[1] https://example.org/a[2] https://example.org/b"]));

        Assert.Equal("Is een eigenaar omgekomen en een kind overleden?", doc.Questions[0].Text);
        Assert.Equal(["https://example.org/a", "https://example.org/b"], doc.Footnotes.Select(f => f.Text));
        Assert.Equal("Ja.", doc.Answers[0].Text);
    }

    [Fact]
    public void Read_HyperlinksInNotes_GiveTheirUrls()
    {
        var doc = Read(Letter([.. Letterhead,
            "Vraag 1", "Kent u het bericht over de hond[1] en de reactie van de burgemeester[2]?", "Antwoord op vraag 1", "Ja, zie ook de brief[fn:Brief van de burgemeester, {link:https://example.org/brief.pdf|te vinden op de site van de gemeente}.].",
            "[1] NOS, [link:https://nos.nl/artikel/2511721-hond-bijt-kind|Hond bijt kind in park], 6 maart 2024",
            "[2] [link:https://www.gemeente.nl/nieuws/reactie|Reactie van de burgemeester]"]));

        Assert.Equal(["https://nos.nl/artikel/2511721-hond-bijt-kind"], doc.Footnotes[0].Urls);
        Assert.Equal("NOS, Hond bijt kind in park, 6 maart 2024", doc.Footnotes[0].Text);
        Assert.Equal(["https://www.gemeente.nl/nieuws/reactie"], doc.Footnotes[1].Urls);
        Assert.Equal(["https://example.org/brief.pdf"], doc.Footnotes[2].Urls);
    }

    [Fact]
    public void Read_ParenMarkerGluedToTheQuestionsEnd_AnswerWithoutHeadingAndNotesAfterTheLast()
    {
        var doc = Read(Letter([.. Letterhead,
            "Vraag 1", "Kent u het bericht ‘Hond bijt Sammy'? 1)", "Ja, dat bericht ken ik.",
            "Vraag 2", "Is de eigenaar bekend? 2)", "Nee.",
            "1) https://nos.nl/artikel/1", "2) https://nos.nl/artikel/2"]));

        Assert.Equal(["Kent u het bericht ‘Hond bijt Sammy'?", "Is de eigenaar bekend?"], doc.Questions.Select(q => q.Text));
        Assert.Equal(["Ja, dat bericht ken ik.", "Nee."], doc.Answers.Select(a => a.Text));
        Assert.Equal([[1], [2]], doc.Questions.Select(q => q.FootnoteNumbers));
        Assert.Equal(["https://nos.nl/artikel/1", "https://nos.nl/artikel/2"], doc.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void Read_ParenNotesAfterTheLastAnswerWithHyperlinks_GiveTheirUrls()
    {
        var doc = Read(Letter([.. Letterhead,
            "Vraag 1", "Kent u het bericht ‘Hond bijt Sammy'? 1)", "Antwoord op vraag 1", "Ja, dat bericht ken ik.",
            "Vraag 2", "Kent u de reactie van de burgemeester? 2)", "Antwoord op vraag 2", "Nee.",
            "1) NOS, [link:https://nos.nl/artikel/2511721-hond-bijt-sammy|Hond bijt Sammy], 6 maart 2024",
            "2) [link:https://www.gemeente.nl/nieuws/reactie|Reactie van de burgemeester]"]));

        Assert.Equal(["Kent u het bericht ‘Hond bijt Sammy'?", "Kent u de reactie van de burgemeester?"], doc.Questions.Select(q => q.Text));
        Assert.Equal(["Ja, dat bericht ken ik.", "Nee."], doc.Answers.Select(a => a.Text));
        Assert.Equal([(1, "NOS, Hond bijt Sammy, 6 maart 2024"), (2, "Reactie van de burgemeester")], doc.Footnotes.Select(f => (f.Number, f.Text)));
        Assert.Equal([["https://nos.nl/artikel/2511721-hond-bijt-sammy"], ["https://www.gemeente.nl/nieuws/reactie"]], doc.Footnotes.Select(f => f.Urls));
    }

    [Fact]
    public void Read_BracketMarkersAfterTheQuestionMark_InANumberedLetter_AreFootnotes()
    {
        var doc = Read(Letter([.. Letterhead,
            "1. Klopt het dat de eigenaar is overleden’? [1] [2]", "Antwoord", "Ja, dat klopt.",
            "2. Wat gaat u doen?", "Antwoord", "Ik onderzoek de zaak.",
            "[1] https://nos.nl/artikel/1", "[2] https://nos.nl/artikel/2"]));

        Assert.Equal(["Klopt het dat de eigenaar is overleden’?", "Wat gaat u doen?"], doc.Questions.Select(q => q.Text));
        Assert.Equal([1, 2], doc.Questions[0].FootnoteNumbers);
        Assert.Equal(["Ja, dat klopt.", "Ik onderzoek de zaak."], doc.Answers.Select(a => a.Text));
        Assert.Equal(["https://nos.nl/artikel/1", "https://nos.nl/artikel/2"], doc.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void Read_ParenMarkerInANumberedLetter_NotesAfterTheLastAnswer()
    {
        var doc = Read(Letter([.. Letterhead,
            "1. Kent u het bericht ‘Hond bijt Sammy'? 1)", "Ja.",
            "2. Wat gaat u doen?", "Ik onderzoek de zaak.",
            "1) https://nos.nl/artikel/1"]));

        Assert.Equal(["Kent u het bericht ‘Hond bijt Sammy'?", "Wat gaat u doen?"], doc.Questions.Select(q => q.Text));
        Assert.Equal([1], doc.Questions[0].FootnoteNumbers);
        Assert.Equal(["Ja.", "Ik onderzoek de zaak."], doc.Answers.Select(a => a.Text));
        Assert.Equal(["https://nos.nl/artikel/1"], doc.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedBeforeUnpacking()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
                entry.Write(new byte[4 * 1024 * 1024]);
            zip.CreateEntry("[Content_Types].xml");
        }

        var result = DocumentReader.Read(stream.ToArray(), "bomb.docx", new ReaderOptions { MaxUnpackedBytes = 1024 * 1024 });

        Assert.Equal("zip bomb: the Word document unpacks to 4 MB (limit 1 MB)", result.Error);
    }

    [Fact]
    public void Read_ZipThatIsNoWordDocument_SaysSo()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("word/readme.txt").Open());
            entry.Write("hallo");
        }

        var result = DocumentReader.Read(stream.ToArray(), "fake.docx");

        Assert.Equal("not a Word document: the zip archive has no word/document.xml", result.Error);
    }
}

/// <summary>A letter whose questions are numbered paragraphs instead of "Vraag" headings.</summary>
public sealed class NumberedLetterTests
{
    [Fact]
    public void Read_NumberedQuestionsWithAnswerParagraphs_ReadsThePairs()
    {
        var bytes = WordLetters.Build(
            "Datum", "3 april 2024", "Onderwerp", "Beantwoording Kamervragen van het lid Bos (VVD) over de dijken",
            "1. Bent u bekend met het bericht over de dijken?", "Antwoord", "Ja.",
            "2. Wat gaat u doen om de dijken te versterken?", "Antwoord", "Het programma wordt versneld. Uw Kamer wordt voor de zomer geïnformeerd.");

        var result = DocumentReader.Read(bytes, "letter.docx");

        Assert.True(result.Succeeded, result.Error);
        var doc = result.Document!;
        Assert.Equal(["q1", "q2"], doc.Questions.Select(q => q.Id));
        Assert.Equal("Bent u bekend met het bericht over de dijken?", doc.Questions[0].Text);
        Assert.Equal(["Ja.", "Het programma wordt versneld. Uw Kamer wordt voor de zomer geïnformeerd."], doc.Answers.Select(a => a.Text));
        Assert.Equal(new DateOnly(2024, 4, 3), doc.AnsweredOn);
    }
}
