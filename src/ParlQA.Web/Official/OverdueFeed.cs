using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace ParlQA.Web.Official;

/// <summary><c>/feeds/overdue</c>: the open written questions as an Atom feed, newest filed first (ministry and party narrow it).</summary>
public static class OverdueFeed
{
    public static IEndpointRouteBuilder MapOverdueFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/overdue", (OfficialService official, HttpContext context, string? ministry, string? party) =>
        {
            var host = new Uri($"{context.Request.Scheme}://{context.Request.Host}");
            var items = official.Overdue(ministry, party).OrderByDescending(c => c.SubmittedOn).ThenBy(c => c.CaseNumber, StringComparer.Ordinal).Select(c =>
            {
                var asked = string.Join(", ", c.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})"));
                var summary = $"{asked} → {string.Join("; ", c.Addressees)}; ingediend {c.SubmittedOn:yyyy-MM-dd}, {c.DaysOpen} dagen open" +
                    (c.DelayNotice is { } n ? $", uitstel gemeld {n.Date:yyyy-MM-dd}" : ", geen uitstel gemeld");
                return new SyndicationItem($"{c.CaseNumber}: {c.Subject}", summary,
                    new Uri(host, $"/overdue#{Uri.EscapeDataString(c.CaseNumber)}"), $"tag:parlqa,2026:overdue-{c.CaseNumber}",
                    new DateTimeOffset(c.SubmittedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }).ToList();
            var feed = new SyndicationFeed("ParlQA: openstaande schriftelijke vragen", null, new Uri(host, context.Request.Path + context.Request.QueryString),
                $"tag:parlqa,2026:/feeds/overdue{context.Request.QueryString}", items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime))
            { Items = items };
            var output = new StringBuilder();
            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
                new Atom10FeedFormatter(feed).WriteTo(writer);
            return Results.Text(output.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
        }).WithTags("Feeds").WithSummary("Written questions unanswered after three weeks (Atom)");
        return app;
    }
}
