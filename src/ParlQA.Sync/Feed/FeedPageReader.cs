using System.Xml;
using System.Xml.Linq;

namespace ParlQA.Sync.Feed;

/// <summary>
/// Reads one SyncFeed page (Atom 1.0) by namespace, never by prefix: the real feed writes the Kamer's namespace as
/// <c>tk:</c> in one place and <c>ns1:</c> (or as the default namespace) in another. A page that is not a whole,
/// well-formed feed is refused as a whole — never read in part.
/// </summary>
public static class FeedPageReader
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The Kamer's schemas' namespace (xsd/tkData-v1-0.xsd).</summary>
    public static readonly XNamespace Tk = "http://www.tweedekamer.nl/xsd/tkData/v1-0";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    /// <exception cref="FeedException">The bytes are not a whole SyncFeed page.</exception>
    public static FeedPage Read(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            using var reader = XmlReader.Create(stream, Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedException(SyncMessages.MalformedPage(e.Message), e) { Retryable = true };
        }
        var feed = document.Root;
        if (feed is null || feed.Name != Atom + "feed")
            throw new FeedException(SyncMessages.MalformedPage($"the root element is <{feed?.Name.LocalName}>, not an Atom <feed>")) { Retryable = true };
        var entries = new List<FeedEntry>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var content = entry.Element(Atom + "content")?.Elements().FirstOrDefault()
                ?? throw new FeedException(SyncMessages.MalformedPage($"entry '{entry.Element(Atom + "title")?.Value}' has no entity in its content")) { Retryable = true };
            var next = Link(entry, "next");
            var entity = EntityReader.Read(content, Link(entry, "enclosure"));
            entries.Add(entity is null ? new FeedEntry(null, next) { Skipped = content.Name.LocalName } : new FeedEntry(entity, next));
        }
        return new FeedPage(entries, Link(feed, "next"));
    }

    /// <summary>The href of the element's link with this rel, as a path and query relative to the origin: the sync never leaves
    /// the origin it was given, whatever host a link names.</summary>
    private static string? Link(XElement element, string rel)
    {
        var href = element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;
        if (string.IsNullOrWhiteSpace(href))
            return null;
        if (!Uri.TryCreate(PageBase, href.Trim(), out var uri))
            throw new FeedException(SyncMessages.MalformedPage($"the {rel} link '{href}' is not a URL"));
        return uri.PathAndQuery;
    }

    private static readonly Uri PageBase = new("http://origin/SyncFeed/2.0/Feed");

    /// <summary>The skiptoken of a feed link ("…?skiptoken=20127222&amp;category=Document"), or null.</summary>
    public static string? Skiptoken(string? link)
    {
        if (link is null || link.IndexOf('?', StringComparison.Ordinal) is var q && q < 0)
            return null;
        foreach (var pair in link[(q + 1)..].Split('&'))
        {
            if (pair.StartsWith("skiptoken=", StringComparison.OrdinalIgnoreCase))
                return Uri.UnescapeDataString(pair["skiptoken=".Length..]);
        }
        return null;
    }
}
