using System.Net;
using System.Reflection;

namespace ParlQA.Sync.Feed;

/// <summary>How politely and how patiently the feed is read.</summary>
public sealed record FeedClientOptions
{
    /// <summary>The official origin: scheme, host and port only.</summary>
    public static readonly Uri OfficialOrigin = new("https://gegevensmagazijn.tweedekamer.nl");

    /// <summary>Requests at once (--jobs): 2 by default, at most 4.</summary>
    public int Jobs { get; init; } = 2;

    public const int MaxJobs = 4;

    /// <summary>Tries of one request, the first included.</summary>
    public int Tries { get; init; } = 3;

    /// <summary>The wait before the second try; it doubles for each further one, with jitter of ±50%.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Retry-After honoured; a server asking for more gets this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A feed page larger than this is refused (real pages are a few hundred kB).</summary>
    public long MaxPageBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How a wait is waited: tests record the waits instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>The transport; null for the default (tests pass their own to count connections).</summary>
    public HttpMessageHandler? Handler { get; init; }
}

/// <summary>
/// The HTTP side of the SyncFeed: at most <see cref="FeedClientOptions.Jobs"/> requests at once, each tried up to
/// <see cref="FeedClientOptions.Tries"/> times on timeouts, 429 (honouring Retry-After), 5xx, dropped connections and
/// pages that arrive truncated or malformed, with exponential backoff and jitter between tries; a User-Agent
/// "ParlQA/{version}". Everything is fetched relative to one origin.
/// </summary>
public sealed class FeedClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _origin;
    private readonly FeedClientOptions _options;
    private readonly SemaphoreSlim _gate;
    private int _retries;

    public FeedClient(Uri origin, FeedClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(origin);
        _options = options ?? new FeedClientOptions();
        if (_options.Jobs is < 1 or > FeedClientOptions.MaxJobs)
            throw new ArgumentOutOfRangeException(nameof(options), _options.Jobs, SyncMessages.JobsOutOfRange);
        _origin = new Uri(origin.GetLeftPart(UriPartial.Authority));
        _gate = new SemaphoreSlim(_options.Jobs);
        _http = new HttpClient(_options.Handler ?? new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = _options.Jobs,
        }, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    /// <summary>"ParlQA/1.0.0": the product and its version, so the Kamer can tell who is reading.</summary>
    public static string UserAgent { get; } = "ParlQA/" + Version();

    /// <summary>Requests tried again so far.</summary>
    public int Retries => _retries;

    public Uri Origin => _origin;

    /// <summary>A page of the feed, whole and well-formed, or a <see cref="FeedException"/> after the tries.</summary>
    public Task<FeedPage> Page(string relative, CancellationToken cancellation) =>
        Send(relative, async (response, token) => FeedPageReader.Read(await Body(response, _options.MaxPageBytes, token).ConfigureAwait(false)), cancellation);

    /// <summary>A file, at most <paramref name="maxBytes"/> long (refused before it is downloaded when the server says it is larger).</summary>
    public Task<byte[]> File(string relative, long maxBytes, CancellationToken cancellation) =>
        Send(relative, (response, token) => Body(response, maxBytes, token), cancellation);

    private async Task<T> Send<T>(string relative, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellation)
    {
        var url = new Uri(_origin, relative);
        for (int attempt = 1; ; attempt++)
        {
            string failure;
            TimeSpan? retryAfter = null;
            await _gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(_options.Timeout);
                using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.NotFound)
                    throw new FeedException(SyncMessages.NotFound(url)) { NotFound = true };
                if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
                {
                    failure = SyncMessages.Status(status, response.ReasonPhrase);
                    retryAfter = RetryAfter(response);
                }
                else if (!response.IsSuccessStatusCode)
                {
                    throw new FeedException(SyncMessages.Refused(url, status, response.ReasonPhrase));
                }
                else
                {
                    return await read(response, timeout.Token).ConfigureAwait(false);
                }
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }
            catch (IOException e)
            {
                failure = e.Message;
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                failure = SyncMessages.TimedOut(_options.Timeout);
            }
            catch (FeedException e) when (e.Retryable)
            {
                failure = e.Message;
            }
            finally
            {
                _gate.Release();
            }
            if (attempt >= _options.Tries)
                throw new FeedException(SyncMessages.GaveUp(url, failure, attempt));
            Interlocked.Increment(ref _retries);
            await _options.Delay(Backoff(attempt, retryAfter), cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Retry-After as given (capped), else the base delay doubled per try, times a jitter of 0.5–1.5 so that
    /// clients that failed together do not come back together.</summary>
    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
            return asked > _options.MaxRetryAfter ? _options.MaxRetryAfter : asked;
        var delay = _options.BaseDelay * Math.Pow(2, attempt - 1);
        return delay * (0.5 + Random.Shared.NextDouble());
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    /// <summary>The body, refused past <paramref name="maxBytes"/>; a connection that drops before the announced length is an
    /// <see cref="IOException"/> (tried again).</summary>
    private static async Task<byte[]> Body(HttpResponseMessage response, long maxBytes, CancellationToken cancellation)
    {
        if (response.Content.Headers.ContentLength is { } announced && announced > maxBytes)
            throw new FeedException(SyncMessages.TooLarge(announced, maxBytes));
        var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw new FeedException(SyncMessages.TooLarge(buffer.Length + read, maxBytes));
                buffer.Write(chunk, 0, read);
            }
            if (response.Content.Headers.ContentLength is { } length && buffer.Length != length)
                throw new IOException(SyncMessages.Truncated(buffer.Length, length));
            return buffer.ToArray();
        }
    }

    private static string Version()
    {
        var version = typeof(FeedClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        return version.Split('+')[0];
    }

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }
}
