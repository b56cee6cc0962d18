using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Sync.Feed;
using ParlQA.Tests;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Web.Tests;

/// <summary>
/// The app on a real loopback port (a browser cannot reach the in-memory test server) and Debian's Chromium driven by
/// Playwright, one of each for every browser test (<see cref="Collection"/>). Its archive is a sync of the tests' local
/// feed (the seed document with its official record, people, parties, open cases) plus one published round, so every
/// page type has something to show. Without Chromium the browser tests skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Collection = "browser";
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>An administrator's account and password, for the pages only they see.</summary>
    public const string Admin = "tour-beheer", Password = "geheim-wachtwoord";

    private readonly OwnArchive _archive = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The published round's id.</summary>
    public string PublishedRound { get; private set; } = null!;

    /// <summary>Where screenshots are kept as test artifacts.</summary>
    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static string? SkipReason => File.Exists(ChromiumPath) ? null : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does)";

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
            return;
        await Sync(_archive.Db);
        _app = WebApp.Build(new WebAppOptions { Db = _archive.Db, SearchesPerMinute = 0 }, ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        var round = _app.Services.GetRequiredService<RoundStore>().Add(RoundsApiTests.Answered);
        PublishedRound = _app.Services.GetRequiredService<ParlQA.Rounds.Publishing.RoundPublisher>().Publish(round.Id, RoundsApiTests.Clerk).Id;
        Account(new User(Admin, "Beheer", Role.Administrator), Password);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Screenshots);
        // CI runs the other test classes beside these on two cores: a page may take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    private static async Task Sync(string db)
    {
        await using var feed = await LocalFeed.Start();
        FeedWorld.Publish(feed, FeedWorld.FirstRun);
        using var archive = ArchiveOpener.Open(db, create: true);
        using var record = ArchiveOpener.OpenOfficial(db, create: true);
        using var client = new FeedClient(feed.Origin);
        await new ParlQA.Sync.SyncRun(archive, record, client).Run();
    }

    /// <summary>Makes an account that signs in to the pages with <paramref name="password"/>.</summary>
    public void Account(User user, string password) =>
        _app!.Services.GetRequiredService<AccountStore>().Add(user, Passwords.Hash(user, password));

    /// <summary>A browser page of its own (cookies included) at 1280 px, or as wide as <paramref name="width"/>.</summary>
    public async Task<IPage> NewPage(int? width = null)
    {
        var context = await Browser!.NewContextAsync(width is { } w ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = w, Height = 740 }, IsMobile = true } : null);
        // CI runs the other test classes at the same time on two cores: allow a slow page more than the default 30 s.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _archive.Dispose();
    }
}

/// <summary>Every browser test shares one server and one Chromium (starting either takes seconds on CI's two cores).</summary>
[CollectionDefinition(BrowserFixture.Collection)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>;
