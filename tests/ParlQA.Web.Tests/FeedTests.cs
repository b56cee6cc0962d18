using System.Globalization;
using System.Xml.Linq;

namespace ParlQA.Web.Tests;

/// <summary>
/// Every feed the site serves over the sample archive: entries dated by what they are about (never 1970), newest
/// first, titled by subject or printed label rather than by id, in the language asked for.
/// </summary>
[Collection(SharedArchive.Name)]
public sealed class FeedTests(ArchiveFixture archive) : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly WebFactory _factory = new(archive.Db);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/feeds/documents")]
    [InlineData("/feeds/search?q=Tibet")]
    [InlineData("/feeds/search?q=rapport")]
    [InlineData("/feeds/commitments")]
    public async Task Feed_EntriesHaveRealDates_NewestFirst_AndTitlesThatAreNotIds(string url)
    {
        var entries = await Entries(url);

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e.Updated.Year > 1970, $"{e.Title} dated {e.Updated:O}"));
        Assert.Equal(entries.Select(e => e.Updated).OrderDescending(), entries.Select(e => e.Updated));
        Assert.All(entries, e => Assert.DoesNotMatch(@"\b(kst|ah-tk|kv-tk|doc)-[0-9a-z]", e.Title));
        Assert.All(entries, e => Assert.DoesNotMatch(@"\bq\d", e.Title));
    }

    [Fact]
    public async Task DocumentsFeed_TitleIsTheSubject_DatedWhenAnswered()
    {
        var entries = await Entries("/feeds/documents");

        var seed = Assert.Single(entries, e => e.Link.EndsWith("/d/kst-35207-34", StringComparison.Ordinal));
        Assert.Equal(archive.Seed.Subject, seed.Title);
        Assert.Equal(new DateTimeOffset(2020, 6, 17, 0, 0, 0, TimeSpan.Zero), seed.Updated);
    }

    [Fact]
    public async Task SearchFeed_NamesQuestionsAsPrinted_NewestMatchesFirst()
    {
        var entries = await Entries("/feeds/search?q=%22wederkerige%20toegang%22");

        var second25 = Assert.Single(entries, e => e.Link.EndsWith("/d/kst-35207-34/q25-2", StringComparison.Ordinal));
        Assert.StartsWith("Vraag 25 (tweede) · ", second25.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFeed_InEnglish_WhenAsked()
    {
        var entries = await Entries("/feeds/search?q=%22wederkerige%20toegang%22&culture=en");

        Assert.Contains(entries, e => e.Title.StartsWith("Question 25 (second) · ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitmentsFeed_DatedByTheAnswer()
    {
        var entries = await Entries("/feeds/commitments");

        var seed = entries.Where(e => e.Link.Contains("/d/kst-35207-34#", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(seed);
        Assert.All(seed, e => Assert.Equal(new DateTimeOffset(2020, 6, 17, 0, 0, 0, TimeSpan.Zero), e.Updated));
    }

    private async Task<List<Entry>> Entries(string url)
    {
        using var client = _factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).Root!;
        Assert.True(DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture).Year > 1970);
        return feed.Elements(Atom + "entry").Select(e => new Entry(
            e.Element(Atom + "title")!.Value,
            e.Element(Atom + "link")!.Attribute("href")!.Value,
            DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture))).ToList();
    }

    private sealed record Entry(string Title, string Link, DateTimeOffset Updated);

    public void Dispose() => _factory.Dispose();
}
