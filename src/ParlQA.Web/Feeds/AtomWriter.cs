using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace ParlQA.Web.Feeds;

/// <summary>One entry of a feed: a path on this site, a stable tag, what people read, and when it happened.</summary>
public sealed record FeedEntry(string Path, string Tag, string Title, string Summary, DateTimeOffset Updated);

/// <summary>
/// Writes every feed the site serves the same way: entries newest first (feed readers show them in the order given),
/// the feed updated when its newest entry is, or now when it has none — never 1970.
/// </summary>
public static class AtomWriter
{
    /// <summary>Writes the entries newest first; entries of one moment keep the order given (a stable sort).</summary>
    public static IResult Write(HttpContext context, string title, IEnumerable<FeedEntry> entries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = new Uri($"{context.Request.Scheme}://{context.Request.Host}");
        var items = entries.OrderByDescending(e => e.Updated)
            .Select(e => new SyndicationItem(e.Title, e.Summary, new Uri(host, e.Path), $"tag:parlqa,2026:{e.Tag}", e.Updated))
            .ToList();
        var self = context.Request.Path + context.Request.QueryString;
        var feed = new SyndicationFeed(title, null, new Uri(host, self), $"tag:parlqa,2026:{self}", items.Count == 0 ? now : items[0].LastUpdatedTime)
        { Items = items };
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return Results.Text(output.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }

    /// <summary>A day as the moment an entry happened: its start, in UTC.</summary>
    public static DateTimeOffset Day(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>A title of a readable length.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 100 ? text : text[..99].TrimEnd() + "…";
    }
}
