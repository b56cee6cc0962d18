using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Tests;

/// <summary>Sign-in and what a session may do: the cookie never acts on the API, guessing is throttled, sign-out ends the session.</summary>
public sealed partial class SignInTests : IDisposable
{
    private const string Committee = "vaste commissie voor Buitenlandse Zaken", Password = "geheim-wachtwoord";

    private static readonly User Clerk = new("konings", "Konings", Role.Clerk, Committee: Committee);
    private static readonly User Outsider = new("buiten", "Buiten", Role.Member, Committee: "vaste commissie voor Financiën", Party: "SP");

    private readonly OwnArchive _archive = new();
    private readonly WebFactory _factory;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public SignInTests()
    {
        _factory = new WebFactory(_archive.Db);
        var accounts = _factory.Services.GetRequiredService<AccountStore>();
        foreach (var user in new[] { Clerk, Outsider })
            accounts.Add(user, Passwords.Hash(user, Password));
    }

    [Theory]
    [InlineData("/api/v1")]
    [InlineData("/API/v1")]
    [InlineData("/Api/V1")]
    public async Task SignInCookie_NeverActsOnTheApi_WhateverTheCase(string prefix)
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => RoundsApiTests.Answered(rid)).Id;
        using var client = await SignedIn(Clerk.Id);

        using var publish = await client.PostAsync(new Uri($"{prefix}/rounds/{id}/publish", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(RoundState.Answered, store.Find(id)!.State);
    }

    [Fact]
    public async Task WrongPasswords_ThenTheRightOne_IsThrottledWithAClearMessage()
    {
        using var client = Client();
        for (int i = 0; i < SignInThrottle.AttemptsPerAccount; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn(client, Clerk.Id, "fout-" + i)).Status);

        var (status, html, response) = await SignIn(client, Clerk.Id, Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("Te veel inlogpogingen voor dit account", html, StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("parlqa-signin=", StringComparison.Ordinal) && !v.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OneClientTryingManyAccounts_IsThrottled()
    {
        using var client = Client();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < SignInThrottle.AttemptsPerClient + 1; i++)
            statuses.Add((await SignIn(client, "onbekend-" + i, "fout")).Status);

        Assert.All(statuses.Take(SignInThrottle.AttemptsPerClient), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public void UnknownAccount_TakesTheSameWorkAsAKnownOne()
    {
        var hasher = new CountingHasher();
        var check = new SignInCheck(_factory.Services.GetRequiredService<AccountStore>(), hasher);

        Assert.NotNull(check.Verify(Clerk.Id, Password));
        var known = hasher.Verifications;
        Assert.Null(check.Verify(Clerk.Id, "fout"));
        Assert.Null(check.Verify("niemand", "fout"));

        Assert.Equal((1, 3), (known, hasher.Verifications));
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AReplayedCookieIsRefused()
    {
        using var client = await SignedIn(Clerk.Id);
        var cookie = _lastCookie!;
        Assert.Contains("Ingelogd als Konings", await client.GetStringAsync(new Uri("/rounds", UriKind.Relative), Cancel), StringComparison.Ordinal);

        var page = await client.GetStringAsync(new Uri("/rounds", UriKind.Relative), Cancel);
        using var signOut = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value });
        using (var signedOut = await client.PostAsync(new Uri("/signin?handler=SignOut", UriKind.Relative), signOut, Cancel))
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var replay = Client(handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rounds");
        request.Headers.Add("Cookie", cookie);
        using var replayed = await replay.SendAsync(request, Cancel);
        var html = await replayed.Content.ReadAsStringAsync(Cancel);
        Assert.DoesNotContain("Ingelogd als", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rounds")]
    [InlineData("/signin")]
    [InlineData("/")]
    public async Task ConfidentialResponses_AreNotStored(string url)
    {
        using var client = await SignedIn(Clerk.Id);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");

        using var anonymous = Client();
        using var open = await anonymous.GetAsync(new Uri("/", UriKind.Relative), Cancel);
        Assert.NotEqual(true, open.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task BehindAnHttpsProxy_TheSignInCookieIsSecure()
    {
        using var proxied = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new FromLoopback())));
        // The cookies are Secure, so a client would not send them back over http: carry them by hand.
        using var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Host = "parlqa.example.org";
        using var page = await client.GetAsync(new Uri("/signin", UriKind.Relative), Cancel);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["account"] = Clerk.Id, ["password"] = Password, ["__RequestVerificationToken"] = Token().Match(await page.Content.ReadAsStringAsync(Cancel)).Groups[1].Value,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin") { Content = form };
        request.Headers.Add("Cookie", antiforgery.Split(';')[0]);

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parlqa-signin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_ToABackslashAddress_StaysOnThisSite()
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri("/culture/en?returnUrl=/%5Cevil.example", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ARefusedPage_Is403_NotARedirectToAMissingPage()
    {
        var store = _factory.Services.GetRequiredService<RoundStore>();
        var id = store.Add(rid => RoundProcedure.Create(rid, new NewRound(Committee, "de brief", null, null, ["Minister"], "Buitenlandse Zaken", null), Clerk, DateTimeOffset.UtcNow)).Id;
        using var client = await SignedIn(Outsider.Id);

        using var response = await client.GetAsync(new Uri($"/rounds/{id}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private string? _lastCookie;

    private HttpClient Client(bool handleCookies = true) =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });

    private async Task<HttpClient> SignedIn(string account)
    {
        var client = Client();
        var (status, html, response) = await SignIn(client, account, Password);
        Assert.True(status == HttpStatusCode.Redirect, $"sign-in: {(int)status} {html}");
        _lastCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("parlqa-signin=", StringComparison.Ordinal)).Split(';')[0];
        return client;
    }

    private static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> SignIn(HttpClient client, string account, string password)
    {
        var page = await client.GetStringAsync(new Uri("/signin", UriKind.Relative), Cancel);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["account"] = account, ["password"] = password, ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        });
        var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), form, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel), response);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The in-memory server has no client address; a reverse proxy on this machine has 127.0.0.1.</summary>
    private sealed class FromLoopback : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return then(context);
            });
            next(app);
        };
    }

    /// <summary>ASP.NET Core's hasher, counting the verifications it does.</summary>
    private sealed class CountingHasher : IPasswordHasher<User>
    {
        private readonly PasswordHasher<User> _hasher = new();

        public int Verifications { get; private set; }

        public string HashPassword(User user, string password) => _hasher.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(User user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        _archive.Dispose();
    }
}
