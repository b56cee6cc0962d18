namespace ParlQA.Sync;

/// <summary>What a run did: per category how far it got, the documents it stored, and the files that could not be read.</summary>
public sealed record SyncSummary
{
    public IReadOnlyList<CategoryResult> Categories { get; init; } = [];
    public int New { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Removed { get; init; }

    /// <summary>Files fetched and read this run.</summary>
    public int FilesRead { get; init; }

    /// <summary>Documents kept as metadata only, with the reason: archive id, reason.</summary>
    public IReadOnlyList<(string Id, string Reason)> Unreadable { get; init; } = [];

    /// <summary>Feed documents that wait for their case or dossier to arrive.</summary>
    public int Waiting { get; init; }

    public int Retries { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>The part of <see cref="Elapsed"/> spent reading the feed's pages (the rest went to files and documents).</summary>
    public TimeSpan FeedElapsed { get; init; }

    /// <summary>The feed was read to its end in every category (files that could not be read do not count against it).</summary>
    public bool FeedComplete => Categories.All(c => c.Error is null);
}

/// <summary>One category's part of a run: pages and entities read, or why it stopped.</summary>
public sealed record CategoryResult(string Category, int Pages, int Entities, string? Error);
