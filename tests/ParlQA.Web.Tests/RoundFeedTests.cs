using System.Globalization;
using System.Xml.Linq;
using ParlQA.Rounds.Domain;
using ParlQA.Tests.Rounds;

namespace ParlQA.Web.Tests;

/// <summary>A round's feed: its steps newest first, each dated when it happened and said in words (not the action's code).</summary>
public sealed class RoundFeedTests(RoundPeople people) : IClassFixture<RoundPeople>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("", "gepubliceerd")]
    [InlineData("?culture=en", "published")]
    public async Task RoundFeed_StepsNewestFirst_InWords(string culture, string published)
    {
        var id = people.Store.Add(rid => VisibilityMatrix.InState(RoundState.Published, rid)).Id;

        var feed = XDocument.Parse(await people.Api(RoundMatrix.Public).GetStringAsync(new Uri($"/feeds/rounds/{id}{culture}", UriKind.Relative), Cancel)).Root!;

        var entries = feed.Elements(Atom + "entry").Select(e => (Title: e.Element(Atom + "title")!.Value,
            Updated: DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e.Updated.Year > 1970));
        Assert.Equal(entries.Select(e => e.Updated).OrderDescending(), entries.Select(e => e.Updated));
        Assert.StartsWith(published, entries[0].Title, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.Title.StartsWith("publish:", StringComparison.Ordinal) || e.Title.StartsWith("send answers", StringComparison.Ordinal));
    }
}
