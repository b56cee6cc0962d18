using ParlQA.Archive.People;
using ParlQA.Model;

namespace ParlQA.Archive.Tests;

/// <summary>Who answered for which ministry, as documents print it, and what a member's, party's or ministry's documents add up to.</summary>
public sealed class PeopleDirectoryTests
{
    [Theory]
    [InlineData("Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)", "Binnenlandse Zaken en Koninkrijksrelaties", "Minister De Jonge")]
    [InlineData("Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport)", "Volksgezondheid, Welzijn en Sport", "Staatssecretaris Karremans")]
    [InlineData("Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor Rechtsbescherming", "Justitie en Veiligheid", "Minister Yeşilgöz-Zegerius")]
    [InlineData("Minister van Buitenlandse Zaken", "Buitenlandse Zaken", null)]
    [InlineData("De Minister van Financiën, mede namens de Staatssecretaris van Financiën", "Financiën", null)]
    [InlineData("Algemene Rekenkamer", null, "Algemene Rekenkamer")]
    [InlineData("D. Yeşilgöz-Zegerius (minister van Justitie en Veiligheid)", "Justitie en Veiligheid", "D. Yeşilgöz-Zegerius")]
    [InlineData("Minister Van Rij (Financiën)", "Financiën", "Minister Van Rij")]
    [InlineData("Staatssecretaris Inge van Dijk (Financiën)", "Financiën", "Staatssecretaris Inge van Dijk")]
    public void Answerer_PersonAndMinistry_AsPrinted(string answeredBy, string? ministry, string? person)
    {
        Assert.Equal(ministry, Answerer.Ministry(answeredBy, []));
        Assert.Equal(person, Answerer.Person(answeredBy));
    }

    [Theory]
    [InlineData("Minister van Buitenlandse Zaken", "Buitenlandse Zaken")]
    [InlineData("de Staatssecretaris van Infrastructuur en Waterstaat", "Infrastructuur en Waterstaat")]
    [InlineData("Minister voor Rechtsbescherming", null)]
    [InlineData("ministers van Landbouw, Natuur en Voedselkwaliteit en van Justitie en Veiligheid", "Landbouw, Natuur en Voedselkwaliteit")]
    [InlineData("Staatssecretaris en de Minister van Volksgezondheid, Welzijn en Sport", "Volksgezondheid, Welzijn en Sport")]
    [InlineData("Minister Justitie en Veiligheid", "Justitie en Veiligheid")]   // printed without "van" (ah-tk-20232024-1949)
    [InlineData("Staatssecretaris financiën", "Financiën")]
    [InlineData("Minister Dijkgraaf", null)]
    [InlineData("Voorzitter van de Tweede Kamer", null)]
    public void Ministry_OfAnAddressee_WhenTheAnswererIsNotKnown(string addressee, string? ministry) =>
        Assert.Equal(ministry, Answerer.Ministry(null, [addressee]));

    [Fact]
    public void Group_CountsQuestionsAnswersAndTheMedianDaysOfTheTimedOnes()
    {
        var group = new PeopleGroup("Mutluer", [Doc("a", 3, 10), Doc("b", 2, 30), Doc("c", 1, 20), Doc("d", 4, null)]);

        Assert.Equal((10, 3, 3, 20.0), (group.Questions, group.Answered, group.Timed, group.MedianDays));
        Assert.Equal(2.0 / 3, group.WithinThreeWeeks);
    }

    [Fact]
    public void Directory_MinistriesAndMembers_MostDocumentsFirst_UnknownApart()
    {
        var directory = new PeopleDirectory([
            Doc("a", 1, 10) with { Ministry = "Financiën", AskedBy = [new Member("Omtzigt", "CDA")] },
            Doc("b", 1, 10) with { Ministry = "Financiën", AskedBy = [new Member("Omtzigt", "NSC"), new Member("Leijten", "SP")] },
            Doc("c", 1, 10) with { Ministry = "Defensie", AskedBy = [new Member("Leijten", "SP")] },
            Doc("d", 1, null) with { Ministry = null },
        ]);

        Assert.Equal(["Financiën", "Defensie"], directory.Ministries().Select(m => m.Name));
        Assert.Equal(["d"], directory.WithoutMinistry.Documents.Select(d => d.Id));
        Assert.Equal(["Leijten", "Omtzigt"], directory.Members().Select(m => m.Name));
        Assert.Equal([("CDA", 1), ("NSC", 1)], directory.PartiesOf("Omtzigt"));
        Assert.Equal([("Leijten", 2)], directory.MembersOf("SP"));
        Assert.Null(directory.Member("Niemand"));
    }

    [Fact]
    public void Answerers_OnePersonPrintedTwoWays_IsOne()
    {
        // As the samples print her: ah-tk-20232024-1949 and two Word letters (ParlQA demo's /ministries/Justitie en Veiligheid).
        var directory = new PeopleDirectory([
            Doc("a", 1, 36) with { AnsweredBy = "Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor Rechtsbescherming", Ministry = "Justitie en Veiligheid" },
            Doc("b", 1, null) with { AnsweredBy = "D. Yeşilgöz-Zegerius (minister van Justitie en Veiligheid)", Ministry = "Justitie en Veiligheid" },
            Doc("c", 1, null) with { AnsweredBy = "D. Yesilgoz-Zegerius (minister van Justitie en Veiligheid)", Ministry = "Justitie en Veiligheid" },
            Doc("e", 1, null) with { AnsweredBy = "D. Yeşilgöz-Zegerius (minister van Justitie en Veiligheid)", Ministry = "Justitie en Veiligheid" },
            Doc("d", 1, 10) with { AnsweredBy = "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", Ministry = "Onderwijs, Cultuur en Wetenschap" },
        ]);

        Assert.Equal([("D. Yeşilgöz-Zegerius", 4), ("Minister Dijkgraaf", 1)], directory.Answerers().Select(a => (a.Name, a.Documents.Count)));
        Assert.Equal([("D. Yeşilgöz-Zegerius", 4)], directory.AnswerersOf("Justitie en Veiligheid"));
    }

    [Fact]
    public void Answerers_NotSurelyOnePerson_StayApart()
    {
        var directory = new PeopleDirectory([
            Doc("a", 1, 10) with { AnsweredBy = "J. de Vries (minister van Financiën)", Ministry = "Financiën" },
            Doc("b", 1, 10) with { AnsweredBy = "K. de Vries (minister van Financiën)", Ministry = "Financiën" },
            Doc("c", 1, 10) with { AnsweredBy = "Minister De Vries (Financiën)", Ministry = "Financiën" },   // which of the two: not said
            Doc("d", 1, 10) with { AnsweredBy = "Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)", Ministry = "Binnenlandse Zaken en Koninkrijksrelaties" },
            Doc("e", 1, 10) with { AnsweredBy = "Minister De Jonge (Volksgezondheid, Welzijn en Sport)", Ministry = "Volksgezondheid, Welzijn en Sport" },
            Doc("f", 1, 10) with { AnsweredBy = "Minister Inge van Dijk (Sociale Zaken en Werkgelegenheid)", Ministry = "Sociale Zaken en Werkgelegenheid" },
            Doc("g", 1, 10) with { AnsweredBy = "Minister Van Dijk (Sociale Zaken en Werkgelegenheid)", Ministry = "Sociale Zaken en Werkgelegenheid" },
        ]);

        Assert.Equal(["J. de Vries", "K. de Vries", "Minister De Jonge", "Minister De Vries", "Minister Inge van Dijk", "Minister Van Dijk"],
            directory.Answerers().Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, directory.Answerers().Single(a => a.Name == "Minister De Jonge").Documents.Count);   // same name, same string
    }

    [Fact]
    public void Directory_OneMemberPrintedTwoWays_IsOneMember_FoundUnderEither()
    {
        var directory = new PeopleDirectory([
            Doc("a", 1, 10) with { AskedBy = [new Member("Kostić", "PvdD")] },
            Doc("b", 2, 10) with { AskedBy = [new Member("Kostic", "PvdD"), new Member("van Nispen", "SP")] },
            Doc("c", 1, 10) with { AskedBy = [new Member("Van Nispen", "SP")] },
            Doc("d", 1, 10) with { AskedBy = [new Member("Van Dijk", "CDA"), new Member("Inge van Dijk", "CDA")] },
        ]);

        Assert.Equal([("Kostić", 2), ("Van Nispen", 2), ("Inge van Dijk", 1), ("Van Dijk", 1)], directory.Members().Select(m => (m.Name, m.Documents.Count)));
        Assert.Equal(("Kostić", 3), (directory.Member("Kostic")!.Name, directory.Member("Kostic")!.Questions));
        Assert.Equal([("Kostić", 2)], directory.MembersOf("PvdD"));
        Assert.Equal([("SP", 2)], directory.PartiesOf("van Nispen"));
    }

    private static DocumentPeople Doc(string id, int questions, int? days) =>
        new(id, "written-questions", "onderwerp", [], null, null, new DateOnly(2024, 1, 1), days is { } n ? new DateOnly(2024, 1, 1).AddDays(n) : null, questions);
}
