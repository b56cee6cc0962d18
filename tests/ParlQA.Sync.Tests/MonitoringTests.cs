using ParlQA.Archive;
using ParlQA.Archive.Official;
using ParlQA.Model;
using ParlQA.Sync.Monitoring;

namespace ParlQA.Sync.Tests;

/// <summary>What is still unanswered, how long answers take, and which commitments are the same promise.</summary>
public sealed class MonitoringTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"parlqa-monitor-{Guid.NewGuid():N}.db");
    private readonly IOfficialRecord _record;

    public MonitoringTests()
    {
        _record = ArchiveOpener.OpenOfficial(_db, create: true);
        _record.ApplyPage(new FeedPageWrite("Zaak", [
            Case("z1", "2024Z00001", "2024-05-10T00:00:00+02:00"),   // 22 days before 1 June
            Case("z2", "2024Z00002", "2024-05-11T00:00:00+02:00"),   // 21 days: not yet overdue
            Case("z3", "2024Z00003", "2024-03-01T00:00:00+01:00"),
            Case("z4", "2024Z00004", "2024-03-04T00:00:00+01:00")], null, null));
        _record.ApplyPage(new FeedPageWrite("ZaakActor", [
            Actor("a1", "z1", "Indiener", "Van der Lee", "GroenLinks-PvdA"), Actor("a2", "z1", "Gericht aan", functie: "minister van Financiën"),
            Actor("a3", "z2", "Indiener", "Kostić", "PvdD"), Actor("a4", "z2", "Gericht aan", functie: "minister van Financiën"),
            Actor("a5", "z3", "Gericht aan", functie: "minister van Financiën"), Actor("a6", "z4", "Gericht aan", functie: "staatssecretaris van Financiën")], null, null));
        _record.ApplyPage(new FeedPageWrite("Document", [
            Doc("d1", OfficialKinds.DelayNotice, "z1", "2024-05-29T00:00:00+02:00"),
            Doc("d3", OfficialKinds.Answer, "z3", "2024-03-15T00:00:00+01:00"),
            Doc("d4", OfficialKinds.Answer, "z4", "2024-04-04T00:00:00+02:00"), Doc("d5", OfficialKinds.DelayNotice, "z4", "2024-03-25T00:00:00+01:00")], null, null));
    }

    private static Zaak Case(string id, string nummer, string gestartOp) => new() { Id = id, Nummer = nummer, Soort = OfficialKinds.Questions, GestartOp = gestartOp, Onderwerp = "Vragen " + nummer };

    private static ZaakActor Actor(string id, string zaak, string relatie, string? naam = null, string? fractie = null, string? functie = null) =>
        new() { Id = id, ZaakId = zaak, Relatie = relatie, ActorNaam = naam, ActorFractie = fractie, Functie = functie };

    private static Document Doc(string id, string soort, string zaak, string datum) => new() { Id = id, Soort = soort, Datum = datum, ZaakIds = [zaak] };

    [Fact]
    public void Overdue_MoreThanThreeWeeksWithoutAnswer_WithItsDelayNotice()
    {
        var open = Overdue.List(_record, new DateOnly(2024, 6, 1));

        var only = Assert.Single(open);
        Assert.Equal(new OverdueCase("2024Z00001", "Vragen 2024Z00001", [new Member("Van der Lee", "GroenLinks-PvdA")], ["minister van Financiën"],
            new DateOnly(2024, 5, 10), 22, new DelayNotice(new DateOnly(2024, 5, 29))), only with { AskedBy = [.. only.AskedBy], Addressees = [.. only.Addressees] }, new OverdueComparer());
        Assert.Equal(2, Overdue.List(_record, new DateOnly(2024, 6, 2)).Count);
        Assert.Equal(2, Overdue.List(_record, new DateOnly(2024, 6, 1), weeks: 2).Count);
        Assert.Empty(Overdue.List(_record, new DateOnly(2024, 6, 2), party: "VVD"));
        Assert.Single(Overdue.List(_record, new DateOnly(2024, 6, 2), party: "pvdd"));
        Assert.Empty(Overdue.List(_record, new DateOnly(2024, 6, 2), ministry: "Justitie"));
    }

    [Fact]
    public void OverdueJson_IsOneObjectWithTheIssuesFields()
    {
        var line = OverdueJson.Line(Overdue.List(_record, new DateOnly(2024, 6, 2))[^1]);

        Assert.Equal("""{"caseNumber":"2024Z00002","subject":"Vragen 2024Z00002","askedBy":[{"name":"Kostić","party":"PvdD"}],"addressees":["minister van Financiën"],"submittedOn":"2024-05-11","daysOpen":22,"delayNotice":null}""", line);
    }

    [Fact]
    public void ResponseTimes_PerMinistryAndYear()
    {
        var figures = ResponseTimes.Of(_record).Single(f => f.Ministry == "Financiën");

        // z3 in 14 days, z4 in 31 (the staatssecretaris's case counts for the same ministry); z1 and z2 still open.
        Assert.Equal(new ResponseFigures("Financiën", 2024, 2, 22.5, 0.5, 2, 2), figures);
    }

    [Fact]
    public void SamePromise_SameMinistryCloseInTimeMostWordsShared()
    {
        var ours = new RegisteredCommitment(7, "ah-tk-20232024-1314", "a3", "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het gesprek met de provincie.",
            "voor de zomer", new DateOnly(2024, 6, 21), "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", new DateOnly(2024, 3, 25), null);
        var official = new OfficialCommitment("t1", "TZ1", "De minister zal de Kamer voor de zomer informeren over de uitkomsten van het gesprek met de provincie Friesland.",
            "Dijkgraaf", "Onderwijs, Cultuur en Wetenschap", "Openstaand", new DateOnly(2024, 3, 26), null, null);
        var other = official with { Id = "t2", Ministry = "Financiën" };

        Assert.Equal([new SamePromise(7, "t1")], OfficialCommitments.Same([ours], [other, official]));
        Assert.Empty(OfficialCommitments.Same([ours], [official with { MadeOn = new DateOnly(2025, 1, 1) }]));
        Assert.Empty(OfficialCommitments.Same([ours with { Text = "De regeling wordt volgend jaar geëvalueerd." }], [official]));
    }

    private static readonly RegisteredCommitment Ours = new(7, "ah-tk-20232024-1314", "a3",
        "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van het gesprek met de provincie.", "voor de zomer", new DateOnly(2024, 6, 21),
        "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", new DateOnly(2024, 3, 25), null);

    private static readonly OfficialCommitment Theirs = new("t1", "TZ1", "De minister informeert de Kamer voor de zomer over de uitkomst van het gesprek met de provincie Friesland.",
        "Dijkgraaf", "Onderwijs, Cultuur en Wetenschap", "Openstaand", new DateOnly(2024, 3, 26), null, null);

    [Fact]
    public void SamePromise_TheMinistryWrittenInFull_IsTheSameMinistry() =>
        Assert.Equal([new SamePromise(7, "t1")], OfficialCommitments.Same([Ours], [Theirs with { Ministry = "Ministerie van Onderwijs, Cultuur en Wetenschap" }]));

    [Fact]
    public void SamePromise_WithoutAccentsOrInAnotherForm_AreTheSameWords() =>
        Assert.Equal([new SamePromise(7, "t1")], OfficialCommitments.Same(
            [Ours with { Text = "Ik zal de Kamer informeren over de financiële gevolgen en de uitkomsten.", Ministry = "minister van Financien" }],
            [Theirs with { Text = "De minister informeert de Kamer over de financiele gevolgen en de uitkomst.", Ministry = "Financiën" }]));

    [Fact]
    public void SamePromise_AFewCommonWords_AreNotEnough() =>
        Assert.Empty(OfficialCommitments.Same([Ours with { Text = "Ik zal uw Kamer informeren." }], [Theirs]));

    [Fact]
    public void SamePromise_TwoOfOursOneOfTheirs_OnlyTheCloserTextIsLinked()
    {
        var partly = Ours with { Id = 8, Text = "Ik zal uw Kamer informeren over het gesprek met de provincie over de subsidie." };

        Assert.Equal([new SamePromise(7, "t1")], OfficialCommitments.Same([partly, Ours], [Theirs]));
    }

    private sealed class OverdueComparer : IEqualityComparer<OverdueCase>
    {
        public bool Equals(OverdueCase? x, OverdueCase? y) => x is not null && y is not null && x with { AskedBy = [], Addressees = [] } == y with { AskedBy = [], Addressees = [] }
            && x.AskedBy.SequenceEqual(y.AskedBy) && x.Addressees.SequenceEqual(y.Addressees);

        public int GetHashCode(OverdueCase obj) => obj.CaseNumber.GetHashCode(StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _record.Dispose();
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
            File.Delete(file);
    }
}
