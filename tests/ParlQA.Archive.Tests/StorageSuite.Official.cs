using ParlQA.Archive.Official;

namespace ParlQA.Archive.Tests;

/// <summary>The Tweede Kamer's record beside the archive (tk_* tables), on every engine.</summary>
public abstract partial class StorageSuite
{
    /// <summary>The record in the same database as <see cref="Archive"/>.</summary>
    protected abstract IOfficialRecord OpenOfficial();

    private IOfficialRecord? _official;

    protected IOfficialRecord Official => _official ??= OpenOfficial();

    private static Zaak Case(string id, string nummer, string gestartOp, string onderwerp = "Vragen") =>
        new() { Id = id, Nummer = nummer, Soort = OfficialKinds.Questions, GestartOp = gestartOp, Onderwerp = onderwerp, Bijgewerkt = "2024-01-01T00:00:00" };

    private static Document Doc(string id, string soort, string zaak, string datum) =>
        new() { Id = id, Soort = soort, Datum = datum, ZaakIds = [zaak], DocumentNummer = id.ToUpperInvariant(), Enclosure = "/SyncFeed/2.0/Resources/" + id, ContentLength = 12 };

    [Fact]
    public void Official_PageAndCursor_AreWrittenTogetherAndTheLastVersionWins()
    {
        Official.ApplyPage(new FeedPageWrite("Zaak", [Case("z1", "2024Z00001", "2024-06-03T00:00:00+02:00", "eerste")], "/SyncFeed/2.0/Feed?skiptoken=1001&category=Zaak", "1001"));
        Official.ApplyPage(new FeedPageWrite("Zaak", [Case("z1", "2024Z00001", "2024-06-03T00:00:00+02:00", "tweede"), Case("z1", "2024Z00001", "2024-06-03T00:00:00+02:00", "derde")],
            "/SyncFeed/2.0/Feed?skiptoken=1003&category=Zaak", "1003"));
        Official.ApplyPage(new FeedPageWrite("Document", [Doc("d1", OfficialKinds.Questions, "z1", "2024-06-03T00:00:00+02:00")], null, null));

        var cursor = Official.Cursor("Zaak")!;
        Assert.Equal(("/SyncFeed/2.0/Feed?skiptoken=1003&category=Zaak", "1003", 2L, 3L), (cursor.NextPage, cursor.Skiptoken, cursor.Pages, cursor.Entities));
        var context = Official.Context("d1")!;
        Assert.Equal("derde", context.Case!.Onderwerp);
        Assert.Equal(["z1"], context.Document.ZaakIds);
        Assert.Equal(1, Official.Counts()["tk_zaak"]);
    }

    [Fact]
    public void Official_ACaseArrivingAfterItsDocument_MarksTheDocumentPendingAgain()
    {
        Official.ApplyPage(new FeedPageWrite("Document", [Doc("d1", OfficialKinds.Answer, "z9", "2024-06-20T00:00:00+02:00")], null, null));
        Assert.Null(Official.Context("d1")!.Case);
        Official.Complete([new Completion("d1", null, null)]);
        Assert.Equal(0, Official.PendingCount());

        Official.ApplyPage(new FeedPageWrite("Zaak", [Case("z9", "2024Z00009", "2024-06-01T00:00:00+02:00")], null, null));

        Assert.Equal(["d1"], Official.Pending(10));
        Assert.Equal("2024Z00009", Official.Context("d1")!.Case!.Nummer);
    }

    [Fact]
    public void Official_CompleteRemembersWhatEachDocumentBecame()
    {
        Official.ApplyPage(new FeedPageWrite("Document", [Doc("d1", OfficialKinds.Questions, "z1", "2024-06-03T00:00:00+02:00"),
            Doc("d2", OfficialKinds.Answer, "z1", "2024-06-20T00:00:00+02:00")], null, null));

        Official.Complete([
            new Completion("d1", new FileRead("d1", "v1", new string('a', 64), null, "{}"), new ArchivedDocument("d1", "kv-tk-2024Z00001", "2024Z00001", OfficialKinds.Questions, "2024-06-03")),
            new Completion("d2", null, new ArchivedDocument("d2", "kv-tk-2024Z00001-antwoord", "2024Z00001", OfficialKinds.Answer, "2024-06-20"), TryAgain: true)]);

        Assert.Equal(["d2"], Official.Pending(10));
        Assert.Equal("v1", Official.File("d1")!.Version);
        Assert.Equal("d2", Official.ArchivedAs("kv-tk-2024Z00001-antwoord")!.DocumentId);
        Assert.Equal(["kv-tk-2024Z00001", "kv-tk-2024Z00001-antwoord"], Official.CaseDocuments("2024Z00001").Select(d => d.ArchiveId));
    }

    [Fact]
    public void Official_Unanswered_IsTheWrittenQuestionCasesWithoutAnAnswerFiledBeforeTheDay()
    {
        Official.ApplyPage(new FeedPageWrite("Zaak", [
            Case("z1", "2024Z00001", "2024-05-01T00:00:00+02:00"), Case("z2", "2024Z00002", "2024-05-02T00:00:00+02:00"),
            Case("z3", "2024Z00003", "2024-06-20T00:00:00+02:00"), Case("z4", "2024Z00004", "2024-05-03T00:00:00+02:00") with { Soort = "Brief regering" }], null, null));
        Official.ApplyPage(new FeedPageWrite("ZaakActor", [new ZaakActor { Id = "a1", ZaakId = "z1", Relatie = "Gericht aan", Functie = "minister van Financiën" }], null, null));
        Official.ApplyPage(new FeedPageWrite("Document", [Doc("d1", OfficialKinds.DelayNotice, "z1", "2024-05-20T00:00:00+02:00"),
            Doc("d2", OfficialKinds.Answer, "z2", "2024-05-30T00:00:00+02:00")], null, null));

        var open = Official.Unanswered(new DateOnly(2024, 6, 1));

        var z1 = Assert.Single(open);
        Assert.Equal(("2024Z00001", "minister van Financiën", "2024-05-20T00:00:00+02:00"), (z1.Nummer, z1.Actors.Single().Functie, z1.DelayNotices.Single()));
        Assert.Equal(["2024-05-30T00:00:00+02:00"], Official.WrittenCases().Single(c => c.Nummer == "2024Z00002").Answers);
    }

    [Fact]
    public void Official_Toezeggingen_NarrowedByMinistry()
    {
        Official.ApplyPage(new FeedPageWrite("Toezegging", [
            new Toezegging { Id = "t1", Tekst = "De minister informeert de Kamer voor de zomer.", Ministerie = "Financiën", Status = "Openstaand", Aanmaakdatum = "2024-01-02T00:00:00+01:00" },
            new Toezegging { Id = "t2", Tekst = "De minister stuurt het rapport.", Ministerie = "Justitie en Veiligheid", Status = "Voldaan", Aanmaakdatum = "2024-01-01T00:00:00+01:00" },
            new Toezegging { Id = "t3", Deleted = true }], null, null));

        Assert.Equal(["t2", "t1"], Official.Toezeggingen().Select(t => t.Id));
        Assert.Equal(["t1"], Official.Toezeggingen("financiën").Select(t => t.Id));
    }
}
