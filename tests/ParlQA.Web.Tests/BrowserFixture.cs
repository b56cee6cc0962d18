using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParlQA.Archive;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

/// <summary>
/// The app on a real loopback port (a browser cannot reach the in-memory test server) over an archive of its own
/// holding the seed document, and Debian's Chromium driven by Playwright. Without Chromium the browser tests skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly OwnArchive _archive = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where screenshots are kept as test artifacts.</summary>
    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public static string? SkipReason => File.Exists(ChromiumPath) ? null : $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does)";

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
            return;
        using (var archive = ArchiveOpener.Open(_archive.Db, create: true))
            archive.Store([ParlQA.Reading.DocumentReader.ReadFile(RepoPaths.Sample("kst-35207-34.txt")).Document!]);
        _app = WebApp.Build(new WebAppOptions { Db = _archive.Db, SearchesPerMinute = 0 }, ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Screenshots);
        // CI runs the other test classes beside these on two cores: a page may take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>Makes an account that signs in to the pages with <paramref name="password"/>.</summary>
    public void Account(ParlQA.Rounds.Domain.User user, string password) =>
        _app!.Services.GetRequiredService<ParlQA.Rounds.Storage.AccountStore>().Add(user, ParlQA.Rounds.Storage.Passwords.Hash(user, password));

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
