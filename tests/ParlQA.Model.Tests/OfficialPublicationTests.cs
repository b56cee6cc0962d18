using ParlQA.Model;

namespace ParlQA.Model.Tests;

/// <summary>Where officielebekendmakingen.nl publishes a document or a cited Kamerstuk, worked out from its identity.</summary>
public sealed class OfficialPublicationTests
{
    [Theory]
    [InlineData("35 207", 34, "kst-35207-34")]
    [InlineData("20 800 XIV", 16, "kst-20800-XIV-16")]
    [InlineData("34 300 V", 12, "kst-34300-V-12")]
    [InlineData("21 501-02", 2345, "kst-21501-02-2345")]
    [InlineData("36200", 1, "kst-36200-1")]
    public void Kamerstuk_FromTheDossierAsPrinted(string dossier, int number, string expected) =>
        Assert.Equal(expected, OfficialPublication.Kamerstuk(dossier, number)?.Id);

    [Theory]
    [InlineData("")]
    [InlineData("XIV")]
    [InlineData("35 207 <b>")]
    public void Kamerstuk_NotADossier_IsNone(string dossier) =>
        Assert.Null(OfficialPublication.Kamerstuk(dossier, 1));

    [Fact]
    public void Document_WithAnOfficialId_IsThatPublication_WithItsPageAndPdf()
    {
        var publication = OfficialPublication.Of(Document("kst-35207-34", DocumentKind.QuestionList));

        Assert.Equal(new Uri("https://zoek.officielebekendmakingen.nl/kst-35207-34.html"), publication?.Page);
        Assert.Equal(new Uri("https://zoek.officielebekendmakingen.nl/kst-35207-34.pdf"), publication?.File);
    }

    [Fact]
    public void Document_WithoutAnOfficialId_FromItsIdentity()
    {
        Assert.Equal("kst-35207-34", OfficialPublication.Of(Document("sha-1234", DocumentKind.QuestionList) with { Dossier = "35 207", Number = 34 })?.Id);
        Assert.Equal("ah-tk-20232024-1314", OfficialPublication.Of(Document("sha-1234", DocumentKind.WrittenQuestions) with { Session = "2023–2024", Number = 1314 })?.Id);
        Assert.Null(OfficialPublication.Of(Document("letter-x", DocumentKind.AnswerLetter) with { Dossier = "35 207", Number = 34 }));
        Assert.Null(OfficialPublication.Of(Document("sha-1234", DocumentKind.QuestionList)));
    }

    [Fact]
    public void Citation_OfAKamerstukOrAnAanhangselItem_NotTheHandelingen()
    {
        Assert.Equal("kst-35207-32", OfficialPublication.Of(new Citation { Dossier = "35 207", Number = 32, Text = "Kamerstuk 35 207, nr. 32" })?.Id);
        Assert.Equal("ah-tk-20222023-812", OfficialPublication.Of(new Citation { Kind = CitationKind.Aanhangsel, Session = "2022–2023", Number = 812, Text = "Aanhangsel Handelingen II 2022/23, nr. 812" })?.Id);
        Assert.Null(OfficialPublication.Of(new Citation { Kind = CitationKind.Handelingen, Session = "2022–2023", Number = 12, Text = "Handelingen II 2022/23, nr. 12" }));
    }

    private static QaDocument Document(string id, DocumentKind kind) => new() { Id = id, Kind = kind, Questions = [], Answers = [] };
}
