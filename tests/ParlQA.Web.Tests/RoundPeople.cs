using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Rounds.Storage;
using ParlQA.Tests.Rounds;

namespace ParlQA.Web.Tests;

/// <summary>
/// The app over an archive of its own with an account for every person of <see cref="RoundMatrix"/>: for each, a client
/// with their API token and one signed in to the pages (with an antiforgery token for its forms); the public has both
/// without credentials.
/// </summary>
public sealed partial class RoundPeople : IAsyncLifetime
{
    public const string Password = "geheim-wachtwoord";

    private readonly OwnArchive _archive = new();
    private readonly Dictionary<string, HttpClient> _api = [];
    private readonly Dictionary<string, (HttpClient Client, string Token)> _pages = [];

    public WebFactory Factory { get; }

    public RoundPeople() => Factory = new WebFactory(_archive.Db);

    public RoundStore Store => Factory.Services.GetRequiredService<RoundStore>();

    /// <summary>A client of the API with the person's bearer token (none for the public).</summary>
    public HttpClient Api(string person) => _api[person];

    /// <summary>A client of the pages signed in as the person (not signed in for the public), and an antiforgery token for its forms.</summary>
    public (HttpClient Client, string Token) Pages(string person) => _pages[person];

    public async ValueTask InitializeAsync()
    {
        var accounts = Factory.Services.GetRequiredService<AccountStore>();
        foreach (var person in RoundMatrix.People)
        {
            var token = accounts.Add(person, Passwords.Hash(person, Password));
            var api = Factory.CreateClient();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            _api[person.Id] = api;
            _pages[person.Id] = await SignedIn(person.Id);
        }
        _api[RoundMatrix.Public] = Factory.CreateClient();
        _pages[RoundMatrix.Public] = await SignedIn(null);
    }

    private async Task<(HttpClient, string)> SignedIn(string? account)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var cancel = TestContext.Current.CancellationToken;
        if (account is not null)
        {
            var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), cancel);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["account"] = account, ["password"] = Password, ["__RequestVerificationToken"] = AntiforgeryToken(page),
            });
            using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), form, cancel);
            if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
                throw new InvalidOperationException($"{account} could not sign in: {(int)response.StatusCode}");
        }
        // Any form of the site carries a token for this person; the sign-in page always has one.
        return (client, AntiforgeryToken(await client.GetStringAsync(new Uri("/signin", UriKind.Relative), cancel)));
    }

    public static string AntiforgeryToken(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public ValueTask DisposeAsync()
    {
        foreach (var client in _api.Values.Concat(_pages.Values.Select(p => p.Client)))
            client.Dispose();
        Factory.Dispose();
        _archive.Dispose();
        return ValueTask.CompletedTask;
    }
}
