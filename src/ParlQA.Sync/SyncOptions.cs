using ParlQA.Reading;

namespace ParlQA.Sync;

/// <summary>What one sync run does beyond reading the feed.</summary>
public sealed record SyncOptions
{
    /// <summary>Only documents dated on or after this day get their archive document now; the others wait for a run without it.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The same size and zip-bomb limits as <c>ingest</c>.</summary>
    public ReaderOptions Reader { get; init; } = ReaderOptions.Default;

    /// <summary>Files read at the same time (reading is work for the processor, fetching is limited by the feed client).</summary>
    public int ReadJobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Feed documents built and stored per transaction.</summary>
    public int Batch { get; init; } = 64;

    /// <summary>Categories to read (all by default).</summary>
    public IReadOnlyList<string> Categories { get; init; } = Feed.FeedCategories.All;
}

/// <summary>Where a run is, for a progress line: <see cref="Handled"/> of the pending feed documents so far, of
/// <see cref="ToHandle"/> when the run knows how many there are (null while reading the feed, or with a --since day).</summary>
public sealed record SyncProgress(long Pages, long Entities, int Files, int FilesFailed, int Documents, int Handled, int? ToHandle, string Phase);
