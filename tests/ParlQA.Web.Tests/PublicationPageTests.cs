using ParlQA.Rounds.Domain;
using ParlQA.Tests.Rounds;

namespace ParlQA.Web.Tests;

/// <summary>A published round's page: the publication stays in Dutch (it is the Kamer's document), its title follows the site's language.</summary>
public sealed class PublicationPageTests(RoundPeople people) : IClassFixture<RoundPeople>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("", "<title>Lijst van vragen en antwoorden – ")]
    [InlineData("?culture=en", "<title>List of questions and answers – ")]
    public async Task Publication_TitleInThePagesLanguage(string culture, string title)
    {
        var id = people.Store.Add(rid => VisibilityMatrix.InState(RoundState.Published, rid)).Id;

        var html = System.Net.WebUtility.HtmlDecode(await people.Api(RoundMatrix.Public).GetStringAsync(new Uri($"/rounds/{id}/publication{culture}", UriKind.Relative), Cancel));

        Assert.Contains(title, html, StringComparison.Ordinal);
    }
}
