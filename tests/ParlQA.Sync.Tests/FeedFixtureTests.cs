using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Sync.Tests;

/// <summary>The hand-written pages are what the real feed serves: every entity valid against the Kamer's own schemas.</summary>
public sealed class FeedFixtureTests
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, Path.Combine(AppContext.BaseDirectory, "TkFeed", "xsd", "tkData-v1-0.xsd"));
        set.Compile();
        return set;
    });

    public static TheoryData<string> Pages() => [.. Directory.GetFiles(LocalFeed.Pages, "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryEntity_IsValidAgainstTheOfficialSchemas(string page)
    {
        var document = XDocument.Load(Path.Combine(LocalFeed.Pages, page));
        var entities = document.Root!.Elements(LocalFeed.Atom + "entry").Select(e => e.Element(LocalFeed.Atom + "content")!.Elements().Single()).ToList();
        var errors = new List<string>();

        foreach (var entity in entities)
            new XDocument(entity).Validate(Schemas.Value, (_, e) => errors.Add($"{entity.Attribute("id")?.Value}: {e.Message}"));

        Assert.NotEmpty(entities);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task GeneratedCases_AreValidAgainstTheOfficialSchemasToo()
    {
        await using var feed = await LocalFeed.Start();
        FeedGenerator.Publish(feed, 20);
        var errors = new List<string>();

        foreach (var entity in feed.Entities())
            new XDocument(entity).Validate(Schemas.Value, (_, e) => errors.Add($"{entity.Attribute("id")?.Value}: {e.Message}"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Pages_WriteTheNamespaceAsTheRealFeedDoes_TkInOnePlaceNs1InAnother()
    {
        var zaak = File.ReadAllText(Path.Combine(LocalFeed.Pages, "Zaak.xml"));
        var toezegging = File.ReadAllText(Path.Combine(LocalFeed.Pages, "Toezegging.xml"));
        var document = File.ReadAllText(Path.Combine(LocalFeed.Pages, "Document.xml"));

        Assert.Contains("<tk:nummer>", zaak, StringComparison.Ordinal);
        Assert.Contains("<ns1:tekst>", toezegging, StringComparison.Ordinal);
        Assert.Contains("<soort>", document, StringComparison.Ordinal);
        Assert.Contains("tk:verwijderd=\"false\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public void Schemas_RefuseAnEntityTheFeedWouldNotWrite()
    {
        var wrong = XElement.Parse("""<zaak xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="not-a-guid"><nummer>1</nummer></zaak>""");
        var errors = new List<string>();

        new XDocument(wrong).Validate(Schemas.Value, (_, e) => errors.Add(e.Message));

        Assert.NotEmpty(errors);
    }
}
