namespace ParlQA.Sync.Feed;

/// <summary>The SyncFeed categories ParlQA keeps, each read as its own chain of pages.</summary>
public static class FeedCategories
{
    public static IReadOnlyList<string> All { get; } =
        ["Zaak", "ZaakActor", "Document", "DocumentActor", "Persoon", "Fractie", "Kamerstukdossier", "Toezegging"];

    /// <summary>The first page of a category, relative to the origin.</summary>
    public static string FirstPage(string category) => "/SyncFeed/2.0/Feed?category=" + Uri.EscapeDataString(category);
}
