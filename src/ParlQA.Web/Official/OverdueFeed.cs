using Microsoft.Extensions.Localization;
using ParlQA.Web.Feeds;

namespace ParlQA.Web.Official;

/// <summary><c>/feeds/overdue</c>: the open written questions as an Atom feed, newest filed first (ministry and party narrow it).</summary>
public static class OverdueFeed
{
    public static IEndpointRouteBuilder MapOverdueFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/overdue", (OfficialService official, HttpContext context, IStringLocalizer<OfficialText> text, TimeProvider clock, string? ministry, string? party) =>
        {
            var culture = System.Globalization.CultureInfo.CurrentCulture;
            return AtomWriter.Write(context, "ParlQA: " + text["FeedOverdue"], official.Overdue(ministry, party).Select(c =>
            {
                var asked = string.Join(", ", c.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})"));
                var summary = text["FeedOverdueSummary", asked, string.Join("; ", c.Addressees), c.SubmittedOn.ToString("d MMMM yyyy", culture), c.DaysOpen,
                    c.DelayNotice is { } n ? text["FeedDelayNotice", n.Date.ToString("d MMMM yyyy", culture)] : text["FeedNoDelayNotice"]];
                return new FeedEntry($"/overdue#{Uri.EscapeDataString(c.CaseNumber)}", $"overdue-{c.CaseNumber}",
                    c.Subject ?? text["FeedCase", c.CaseNumber], summary, AtomWriter.Day(c.SubmittedOn));
            }), clock.GetUtcNow());
        }).WithTags("Feeds").WithSummary("Written questions unanswered after three weeks, newest filed first (Atom)");
        return app;
    }
}
