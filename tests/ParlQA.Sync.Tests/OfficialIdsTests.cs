using ParlQA.Archive.Official;
using ParlQA.Sync.Documents;
using ParlQA.Sync.Monitoring;

namespace ParlQA.Sync.Tests;

/// <summary>One archive id per feed document, never colliding; dates read as the local dates they are.</summary>
public sealed class OfficialIdsTests
{
    private static readonly Zaak Case = new() { Id = "z1", Nummer = "2024Z03456", Soort = OfficialKinds.Questions };

    private static Document Doc(string id, string soort, string datum, string? aanhangsel = null) =>
        new() { Id = id, Soort = soort, Datum = datum, Aanhangselnummer = aanhangsel, Vergaderjaar = "2023-2024", ZaakIds = ["z1"] };

    private static string? IdOf(Document document, params Document[] caseDocuments) =>
        OfficialIds.For(new DocumentContext(document, Case, [], [document, .. caseDocuments], null)).Id;

    [Theory]
    [InlineData("242501244", "2023-2024", "ah-tk-20242025-1244")]
    [InlineData("232401314", "2023-2024", "ah-tk-20232024-1314")]
    [InlineData("1314", "2023-2024", "ah-tk-20232024-1314")]
    [InlineData("990000123", "1999-2000", "ah-tk-19992000-123")]
    [InlineData("12a", "2023-2024", null)]
    public void Aanhangsel_FromTheFeedsNumber(string number, string vergaderjaar, string? id) =>
        Assert.Equal(id, OfficialIds.Aanhangsel(new Document { Id = "d", Aanhangselnummer = number, Vergaderjaar = vergaderjaar }));

    [Theory]
    [InlineData(35207L, null, "35 207")]
    [InlineData(36200L, "XV", "36 200 XV")]
    [InlineData(21501L, "20", "21 501-20")]
    public void Dossier_AsPrinted_TheFormCitationsGive(long nummer, string? toevoeging, string printed) =>
        Assert.Equal(printed, OfficialIds.Dossier(new Kamerstukdossier { Id = "k", Nummer = nummer, Toevoeging = toevoeging }));

    [Fact]
    public void For_EachKindOfTheCase_ItsOwnId()
    {
        var questions = Doc("d1", OfficialKinds.Questions, "2024-03-06T00:00:00+01:00");
        var notice = Doc("d2", OfficialKinds.DelayNotice, "2024-03-27T00:00:00+01:00");
        var letter = Doc("d3", OfficialKinds.Answer, "2024-04-10T00:00:00+02:00");
        var further = Doc("d4", OfficialKinds.FurtherAnswer, "2024-05-01T00:00:00+02:00");
        var printed = Doc("d5", OfficialKinds.Answer, "2024-04-12T00:00:00+02:00", "232401314");
        Document[] all = [questions, notice, letter, further, printed];

        Assert.Equal("kv-tk-2024Z03456", IdOf(questions, all));
        Assert.Equal("kv-tk-2024Z03456-uitstel", IdOf(notice, all));
        Assert.Equal("kv-tk-2024Z03456-antwoord", IdOf(letter, all));
        Assert.Equal("kv-tk-2024Z03456-antwoord-2", IdOf(further, all));
        Assert.Equal("ah-tk-20232024-1314", IdOf(printed, all));
    }

    [Fact]
    public void For_CommitteeList_IsItsKamerstuk_OrWaitsForItsDossier()
    {
        var list = new Document { Id = "d9", Soort = OfficialKinds.QuestionsAndAnswers, Volgnummer = 22, KamerstukdossierId = "k1" };

        Assert.Equal("kst-34300-V-22", OfficialIds.For(new DocumentContext(list, null, [], [], new Kamerstukdossier { Id = "k1", Nummer = 34300, Toevoeging = "V" })).Id);
        Assert.Equal((null, "its Kamerstuk dossier"), OfficialIds.For(new DocumentContext(list, null, [], [], null)));
    }

    [Fact]
    public void For_AnAnswerWithoutItsCase_WaitsForIt() =>
        Assert.Equal((null, "its case"), OfficialIds.For(new DocumentContext(Doc("d3", OfficialKinds.Answer, "2024-04-10T00:00:00+02:00"), null, [], [], null)));

    [Theory]
    [InlineData("2024-06-03T00:00:00+02:00", 2024, 6, 3)]   // 2 June 22:00 in UTC
    [InlineData("2024-01-01T00:30:00+01:00", 2024, 1, 1)]
    [InlineData("2019-06-28T23:59:41.5570000", 2019, 6, 28)]
    public void LocalDate_IsTheDateAsWritten(string written, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), OfficialDates.Local(written));
}
