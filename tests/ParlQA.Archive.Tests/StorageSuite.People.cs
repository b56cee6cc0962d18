using ParlQA.Archive.People;
using ParlQA.Model;

namespace ParlQA.Archive.Tests;

/// <summary>The documents by the people in them, read with one SQL from every engine.</summary>
public abstract partial class StorageSuite
{
    /// <summary>The database of <see cref="Archive"/>, as pages beside the archive open it.</summary>
    protected abstract ArchiveDatabase OpenDatabase();

    [Fact]
    public void People_EachDocumentWithWhoAskedWhoAnsweredForWhichMinistryAndWhen()
    {
        Archive.Store([
            Asked("doc-a", [new Member("Mutluer", "GroenLinks-PvdA"), new Member("Kostić", "PvdD")], "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)", [], new DateOnly(2024, 3, 6), new DateOnly(2024, 3, 25)),
            Asked("doc-b", [new Member("Mutluer", "PvdA")], null, ["Minister van Buitenlandse Zaken"], new DateOnly(2019, 11, 1), null),
        ]);

        var rows = PeopleQueries.Read(OpenDatabase()).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Mutluer", "Kostić"], rows[0].AskedBy.Select(m => m.Name));
        Assert.Equal(("Onderwijs, Cultuur en Wetenschap", "Minister Dijkgraaf", 19, 2), (rows[0].Ministry, rows[0].Answerer, rows[0].Days, rows[0].Questions));
        Assert.Equal(("Buitenlandse Zaken", (string?)null, (int?)null), (rows[1].Ministry, rows[1].Answerer, rows[1].Days));
        var directory = new PeopleDirectory(rows);
        Assert.Equal([("GroenLinks-PvdA", 1), ("PvdA", 1)], directory.PartiesOf("Mutluer"));
        Assert.Equal(4, directory.Member("Mutluer")!.Questions);
    }

    [Fact]
    public void Stats_OnePersonPrintedTwoWays_IsOnePerson_AsThePagesCountThem()
    {
        Archive.Store([
            Asked("doc-a", [new Member("Kostić", "PvdD")], "Minister Yeşilgöz-Zegerius (Justitie en Veiligheid), mede namens de Minister voor Rechtsbescherming", [], new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 6)),
            Asked("doc-b", [new Member("Kostic", "PvdD")], "D. Yeşilgöz-Zegerius (minister van Justitie en Veiligheid)", [], new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 11)),
            Asked("doc-c", [], null, ["Minister van Buitenlandse Zaken"], new DateOnly(2019, 11, 1), null),
        ]);

        var stats = Archive.Stats();
        var directory = new PeopleDirectory(PeopleQueries.Read(OpenDatabase()));

        var person = Assert.Single(stats.ByAnswerer, a => a.AnsweredBy is not null);
        Assert.Equal(((string?)directory.Answerers()[0].Name, (string?)"Justitie en Veiligheid", 2, (double?)23.0), (person.AnsweredBy, person.Ministry, person.Documents, person.MedianDays));
        Assert.Equal((null, null, 1, null), Assert.Single(stats.ByAnswerer, a => a.AnsweredBy is null));
        Assert.Equal([("Justitie en Veiligheid", 2, 23.0), ("Buitenlandse Zaken", 1, null)], stats.ByMinistry.ToArray());
        Assert.Equal([("Kostić", 2, 23.0)], stats.ByMember.ToArray());
    }

    private static QaDocument Asked(string id, IReadOnlyList<Member> askedBy, string? answeredBy, IReadOnlyList<string> addressees, DateOnly submitted, DateOnly? answered) => new()
    {
        Id = id,
        Kind = DocumentKind.WrittenQuestions,
        AskedBy = askedBy,
        AnsweredBy = answeredBy,
        Addressees = addressees,
        SubmittedOn = submitted,
        AnsweredOn = answered,
        Questions =
        [
            new Question { Id = "q1", Label = "1", Numbers = [1], Text = "Kent u het bericht?" },
            new Question { Id = "q2", Label = "2", Numbers = [2], Text = "Wat gaat u doen?" },
        ],
        Answers = [],
        Source = new SourceInfo { Format = "text", Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))) },
    };
}
