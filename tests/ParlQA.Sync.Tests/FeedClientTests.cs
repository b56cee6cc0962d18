using System.Collections.Concurrent;
using ParlQA.Sync.Feed;
using ParlQA.Tests.TkFeed;

namespace ParlQA.Sync.Tests;

/// <summary>The HTTP side against a local feed: tries, waits, limits and what it says when it gives up.</summary>
public sealed class FeedClientTests : IAsyncLifetime
{
    private LocalFeed _feed = null!;
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public async ValueTask InitializeAsync()
    {
        _feed = await LocalFeed.Start();
        _feed.Publish("Zaak.xml");
    }

    public async ValueTask DisposeAsync() => await _feed.DisposeAsync();

    private FeedClient Client(int jobs = 2) => new(_feed.Origin, new FeedClientOptions
    {
        Jobs = jobs,
        BaseDelay = TimeSpan.FromSeconds(2),
        Delay = (wait, _) =>
        {
            _waits.Enqueue(wait);
            return Task.CompletedTask;
        },
    });

    [Fact]
    public async Task Page_429WithRetryAfter_WaitsWhatTheServerAsksThenSucceeds()
    {
        _feed.Fail("category=Zaak", 1, 429, retryAfter: "7");
        using var client = Client();

        var page = await client.Page(FeedCategories.FirstPage("Zaak"), TestContext.Current.CancellationToken);

        Assert.Equal(2, page.Entries.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _waits);
        Assert.Equal(1, client.Retries);
    }

    [Fact]
    public async Task Page_503Twice_BacksOffExponentiallyWithJitterThenSucceeds()
    {
        _feed.Fail("category=Zaak", 2, 503);
        using var client = Client();

        var page = await client.Page(FeedCategories.FirstPage("Zaak"), TestContext.Current.CancellationToken);

        Assert.Equal(2, page.Entries.Count);
        var waits = _waits.ToArray();
        Assert.Equal(2, waits.Length);
        Assert.InRange(waits[0].TotalSeconds, 1.0, 3.0);   // 2 s × 0.5–1.5
        Assert.InRange(waits[1].TotalSeconds, 2.0, 6.0);   // 4 s × 0.5–1.5
    }

    [Fact]
    public async Task Page_CutOffInTheMiddle_IsFetchedAgainWhole()
    {
        _feed.Fail("category=Zaak", 1, 0);
        using var client = Client();

        var page = await client.Page(FeedCategories.FirstPage("Zaak"), TestContext.Current.CancellationToken);

        Assert.Equal(2, page.Entries.Count);
        Assert.Equal(2, _feed.Requests.Count(r => r.Path.Contains("category=Zaak", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Page_FailingEveryTry_GivesUpAfterThreeTriesSayingWhy()
    {
        _feed.Fail("category=Zaak", 5, 503);
        using var client = Client();

        var error = await Assert.ThrowsAsync<FeedException>(() => client.Page(FeedCategories.FirstPage("Zaak"), TestContext.Current.CancellationToken));

        Assert.Equal($"{_feed.Origin}SyncFeed/2.0/Feed?category=Zaak: HTTP 503 Service Unavailable (gave up after 3 tries)", error.Message);
        Assert.Equal(3, _feed.Requests.Count);
    }

    [Fact]
    public async Task File_Missing_IsNotFoundAtOnce()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<FeedException>(() => client.File("/SyncFeed/2.0/Resources/nothing", 1024, TestContext.Current.CancellationToken));

        Assert.True(error.NotFound);
        Assert.Single(_feed.Requests);
    }

    [Fact]
    public async Task File_LargerThanTheLimit_IsRefusedUnread()
    {
        _feed.Files["big"] = new byte[3 * 1024 * 1024];
        using var client = Client();

        var error = await Assert.ThrowsAsync<FeedException>(() => client.File("/SyncFeed/2.0/Resources/big", 1024 * 1024, TestContext.Current.CancellationToken));

        Assert.Equal("file is 3 MB; the limit is 1 MB (--max-size)", error.Message);
    }

    [Fact]
    public async Task Requests_NeverMoreAtOnceThanJobs_AndSayWhoIsAsking()
    {
        _feed.Latency = TimeSpan.FromMilliseconds(100);
        for (int i = 0; i < 12; i++)
            _feed.Files[$"f{i}"] = [1, 2, 3];
        using var client = Client(jobs: 3);

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.File($"/SyncFeed/2.0/Resources/f{i}", 100, TestContext.Current.CancellationToken)));

        Assert.InRange(_feed.MostAtOnce, 2, 3);
        Assert.All(_feed.Requests, r => Assert.Matches(@"^ParlQA/\d+\.\d+\.\d+", r.UserAgent));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Jobs_OutsideOneToFour_AreRefused(int jobs)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FeedClient(_feed.Origin, new FeedClientOptions { Jobs = jobs }));

        Assert.StartsWith(SyncMessages.JobsOutOfRange, error.Message, StringComparison.Ordinal);
    }
}
