namespace ParlQA.Sync.Feed;

/// <summary>The feed could not be read: a page that is not what the SyncFeed serves, or a request that failed after its tries.</summary>
public sealed class FeedException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The server said the thing is not there (404): not worth trying again.</summary>
    public bool NotFound { get; init; }

    /// <summary>Worth another try: a page that came truncated or malformed may come whole the next time.</summary>
    public bool Retryable { get; init; }
}
