using ParlQA.Model;

namespace ParlQA.Reading.Tests;

/// <summary>A list published as HTML (a page of ParlQA's site, as a browser saves it) reads as the list it shows.</summary>
public sealed class HtmlReaderTests
{
    [Fact]
    public void PublishedList_ReadsFrontMatterQuestionsGroupsAndFootnotes()
    {
        var doc = Cases.Read("published-list.html");

        Assert.Equal(DocumentKind.QuestionList, doc.Kind);
        Assert.Equal("html", doc.Source!.Format);
        Assert.Equal(("vaste commissie voor Buitenlandse Zaken", "Van Helvert", "Van Toor"), (doc.Committee, doc.Chair, doc.Clerk));
        Assert.Equal("de mensenrechtendialoog met China", doc.Subject);
        Assert.Equal(["q1", "q2", "q3", "q4"], doc.Questions.Select(q => q.Id));
        // A question that starts with a number is the question its row says, and keeps its paragraphs.
        Assert.Equal("12 procent van de gevangenen is politiek gevangene. Klopt dat?\n\nZo ja, wat doet u daaraan?", doc.Question("q2").Text);
        Assert.Equal(["q1"], doc.AnswerTo("q1").QuestionIds);
        Assert.Equal(["q3"], doc.AnswerTo("q3").QuestionIds);
        Assert.Equal(["q2", "q4"], doc.AnswerTo("q4").QuestionIds);
        Assert.Equal("2, 4", doc.AnswerTo("q4").Label);
        Assert.Equal(["q3"], doc.AnswerTo("q4").References.Select(r => r.QuestionId));
    }

    [Fact]
    public void PublishedList_HasTheIdItsStampGives_AndNoLetterWhereNoneIsNamed()
    {
        var doc = Cases.Read("published-list.html");

        // Stamped "pq-r7" in the article's footer, as ParlQA publishes round r7 (and the archive keeps it).
        Assert.Equal(("pq-r7", "Tweede Kamer"), (doc.Id, doc.Chamber));
        // "over de brief inzake …": neither date nor Kamerstuk, so no subject letter (it was "subjectLetter": {}).
        Assert.Null(doc.SubjectLetter);
        Assert.DoesNotContain("pq-r7", QaJson.Serialize(doc with { Id = "" }), StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedList_KeepsLineBreaksNonBreakingSpacesAndMarkerLists()
    {
        var answer = Cases.Read("published-list.html").AnswerTo("q1");

        Assert.Equal("Er zijn drie gesprekken gevoerd.\n\nDe kosten waren als volgt:\nJaar Bedrag (x €\u00A01.000)\n2020 274", answer.Text);
        Assert.Equal([1, 2], answer.FootnoteNumbers);
        var doc = Cases.Read("published-list.html");
        Assert.Equal(["Verslag, https://www.rijksoverheid.nl/verslag", "Kamerstuk 35 207, nr. 34"], doc.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void PageWithoutAList_SaysSoInsteadOfFailing()
    {
        var result = DocumentReader.Read("<!DOCTYPE html><html><body><p>Geen vragen hier.</p></body></html>"u8, "empty.html");

        Assert.False(result.Succeeded);
        Assert.Equal(ReadErrors.NoQuestions, result.Error);
    }
}
