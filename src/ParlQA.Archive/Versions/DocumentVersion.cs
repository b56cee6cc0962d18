namespace ParlQA.Archive.Versions;

/// <summary>How a version of a document came to be.</summary>
public enum VersionChange
{
    /// <summary>Stored under an id the archive did not hold (the first time, or again after a removal).</summary>
    Added,

    /// <summary>New content replaced the version before it.</summary>
    Replaced,

    /// <summary>An earlier version was made the current one again (<see cref="DocumentVersion.RestoredFrom"/>).</summary>
    Restored,

    /// <summary>The document was taken out of the archive; its versions stay in its history.</summary>
    Removed,
}

/// <summary>
/// One version of an archived document: its number (1, 2, …), how and when it came, and who or what made it. The
/// version after it says who replaced it. Nothing in the archive changes without adding one.
/// </summary>
public sealed record DocumentVersion(string DocumentId, int Number, VersionChange Change, DateTimeOffset At, Actor By)
{
    /// <summary>The content's hash (null for a removal).</summary>
    public string? Sha256 { get; init; }

    /// <summary>For a restore, the version made current again.</summary>
    public int? RestoredFrom { get; init; }

    /// <summary>Why, where the caller said (a removal by the feed, a restore).</summary>
    public string? Reason { get; init; }

    /// <summary>The version the archive serves now.</summary>
    public bool Current { get; init; }
}
