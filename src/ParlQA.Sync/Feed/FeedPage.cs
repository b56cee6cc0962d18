using ParlQA.Archive.Official;

namespace ParlQA.Sync.Feed;

/// <summary>One Atom page of a category: its entries in feed order and the page after it (null: caught up for now).</summary>
public sealed record FeedPage(IReadOnlyList<FeedEntry> Entries, string? Next)
{
    /// <summary>Where to go on after this page's entries: the last entry's own next link (a path relative to the origin).</summary>
    public string? Resume => Entries.Count > 0 ? Entries[^1].Next : null;
}

/// <summary>One entry: the entity as its content holds it, and the position after it.</summary>
public sealed record FeedEntry(OfficialEntity? Entity, string? Next)
{
    /// <summary>The element's local name when it is not one ParlQA keeps (the entity is then null).</summary>
    public string? Skipped { get; init; }
}
