using System.Collections.Concurrent;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ParlQA.Tests.TkFeed;

/// <summary>
/// A SyncFeed on 127.0.0.1 for the tests: serves the entries of hand-written pages (pages/*.xml, as the real feed writes
/// them) a few per page, with the real feed's links (each entry's rel="next", the page's rel="next" while more follow),
/// files by id, and faults on request: a status some times (429 with Retry-After, 503), a page cut off, a delay.
/// </summary>
public sealed class LocalFeed : IAsyncDisposable
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<XElement>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Fault> _faults = new();
    private int _inFlight;

    private LocalFeed(WebApplication app) => _app = app;

    /// <summary>Entries per page (the real feed serves 250).</summary>
    public int PageSize { get; set; } = 2;

    /// <summary>How long each answer waits (to make a sync slow enough to be killed in the middle).</summary>
    public TimeSpan Latency { get; set; }

    public Uri Origin { get; private set; } = null!;

    /// <summary>Files by entity id; an id without one answers 404.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request: path and query, and the User-Agent it came with.</summary>
    public ConcurrentQueue<(string Path, string UserAgent)> Requests { get; } = new();

    /// <summary>The most requests that were being answered at once.</summary>
    public int MostAtOnce { get; private set; }

    public static string Pages => Path.Combine(AppContext.BaseDirectory, "TkFeed", "pages");

    public static string FixtureFiles => Path.Combine(AppContext.BaseDirectory, "TkFeed", "files");

    /// <summary>Starts serving on 127.0.0.1, on <paramref name="port"/> or (0) any free one.</summary>
    public static async Task<LocalFeed> Start(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var app = builder.Build();
        var feed = new LocalFeed(app);
        app.Run(feed.Answer);
        await app.StartAsync().ConfigureAwait(false);
        feed.Origin = new Uri(app.Urls.First());
        return feed;
    }

    /// <summary>Publishes the entries of a hand-written page file (e.g. "Zaak.xml") after those already published in its category.</summary>
    public void Publish(string file)
    {
        var page = XDocument.Load(Path.Combine(Pages, file));
        var category = page.Root!.Element(Atom + "id")!.Value.Split("category=")[1];
        var list = _entries.GetOrAdd(category, _ => []);
        lock (list)
            list.AddRange(page.Root.Elements(Atom + "entry"));
    }

    /// <summary>Publishes an entry made by a test (e.g. the benchmark's generated cases).</summary>
    public void Publish(string category, XElement entry)
    {
        var list = _entries.GetOrAdd(category, _ => []);
        lock (list)
            list.Add(entry);
    }

    /// <summary>The entities of every published entry (the content's element), for validation against the schemas.</summary>
    public IEnumerable<XElement> Entities() => _entries.Values.SelectMany(l => l).Select(e => e.Element(Atom + "content")!.Elements().First());

    /// <summary>The next <paramref name="times"/> requests whose path and query contain <paramref name="match"/> answer
    /// <paramref name="status"/> (with Retry-After when given), or are cut off in the middle when <paramref name="status"/> is 0.</summary>
    public void Fail(string match, int times, int status, string? retryAfter = null) => _faults.Enqueue(new Fault(match, status, retryAfter) { Left = times });

    private sealed record Fault(string Match, int Status, string? RetryAfter)
    {
        public int Left;
    }

    private async Task Answer(HttpContext context)
    {
        var request = context.Request.Path + context.Request.QueryString;
        Requests.Enqueue((request, context.Request.Headers.UserAgent.ToString()));
        int now = Interlocked.Increment(ref _inFlight);
        lock (_faults)
            MostAtOnce = Math.Max(MostAtOnce, now);
        try
        {
            if (Latency > TimeSpan.Zero)
                await Task.Delay(Latency).ConfigureAwait(false);
            var fault = _faults.FirstOrDefault(f => request.Contains(f.Match, StringComparison.Ordinal) && Interlocked.Decrement(ref f.Left) >= 0);
            if (fault is { Status: > 0 })
            {
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfter is not null)
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                return;
            }
            byte[]? body = context.Request.Path.StartsWithSegments("/SyncFeed/2.0/Feed") ? Page(context.Request)
                : context.Request.Path.StartsWithSegments("/SyncFeed/2.0/Resources", out var rest) && Files.TryGetValue(rest.Value!.Trim('/'), out var file) ? file
                : null;
            if (body is null)
            {
                context.Response.StatusCode = 404;
                return;
            }
            context.Response.ContentType = context.Request.Path.StartsWithSegments("/SyncFeed/2.0/Feed") ? "application/atom+xml; charset=utf-8" : "application/octet-stream";
            if (fault is { Status: 0 })
            {
                // Cut off: half the page, then the connection drops (the announced length never arrives).
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2)).ConfigureAwait(false);
                await context.Response.Body.FlushAsync().ConfigureAwait(false);
                context.Abort();
                return;
            }
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>A page as the real feed writes one: skiptokens count entries (from 1000), each entry links to the position after it.</summary>
    private byte[]? Page(HttpRequest request)
    {
        var category = request.Query["category"].ToString();
        var origin = Origin.ToString().TrimEnd('/');
        int skip = int.TryParse(request.Query["skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var token) ? token - 1000 : 0;
        List<XElement> entries;
        var list = _entries.GetValueOrDefault(category) ?? [];
        lock (list)
            entries = [.. list.Skip(skip).Take(PageSize)];
        string Link(int position) => $"{origin}/SyncFeed/2.0/Feed?skiptoken={1000 + position}&category={category}";
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", new XAttribute("type", "text"), $"Gegevensmagazijn SyncFeed (category: {category})"),
            new XElement(Atom + "id", $"{origin}/SyncFeed/2.0/Feed?category={category}"),
            new XElement(Atom + "updated", "2024-06-10T08:00:00Z"),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", origin + request.Path + request.QueryString)));
        if (skip + entries.Count < list.Count)
            feed.Add(new XElement(Atom + "link", new XAttribute("rel", "next"), new XAttribute("href", Link(skip + entries.Count))));
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = new XElement(entries[i]);
            foreach (var link in entry.Elements(Atom + "link"))
            {
                var href = (string)link.Attribute("href")!;
                link.SetAttributeValue("href", (string)link.Attribute("rel")! == "next" ? Link(skip + i + 1) : href.Replace("{origin}", origin, StringComparison.Ordinal));
            }
            foreach (var id in entry.Elements(Atom + "id"))
                id.Value = id.Value.Replace("{origin}", origin, StringComparison.Ordinal);
            feed.Add(entry);
        }
        return System.Text.Encoding.UTF8.GetBytes(new XDocument(new XDeclaration("1.0", "utf-8", null), feed).ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
