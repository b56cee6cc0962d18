using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using ParlQA.Archive;
using ParlQA.Archive.Search;
using ParlQA.Web.Api;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Feeds;

/// <summary>Atom feeds to follow the archive in a feed reader: new documents, a saved search, the commitments.</summary>
public static class AtomFeeds
{
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/documents", (ArchiveService archive, HttpContext context) =>
            Atom(context, "ParlQA: nieuwe documenten", archive.Recent(50).Select(d =>
                Item(context, $"/d/{Uri.EscapeDataString(d.Id)}", d.Id, $"{d.Id}: {d.Subject ?? d.Kind}", $"{d.Questions} vragen; {d.AnsweredBy}", d.Date))))
            .WithSummary("The 50 newest documents (Atom)");
        feeds.MapGet("/search", (string q, ArchiveService archive, HttpContext context, string? sort = null) =>
        {
            var page = archive.Search(q, 50, 0, facets: false, sort: sort == "date" ? "date" : null);
            return Atom(context, $"ParlQA: {q}", page.Hits.Select(h =>
                Item(context, ApiShapes.QuestionUrl(h.DocumentId, h.QuestionId), $"{h.DocumentId}#{h.QuestionId}", HitTitle(h), HitSummary(h), h.AnsweredOn ?? h.SubmittedOn)));
        }).WithSummary("A saved search: the best 50 questions matching q, or the newest with sort=date (Atom)").RequireRateLimiting(SearchApi.RateLimitPolicy);
        feeds.MapGet("/commitments", (ArchiveService archive, HttpContext context) =>
            Atom(context, "ParlQA: toezeggingen", archive.Commitments(null, null).OrderByDescending(c => c.MadeOn).ThenByDescending(c => c.Id).Take(100).Select(c =>
                Item(context, $"/d/{Uri.EscapeDataString(c.DocumentId)}#{c.AnswerId}", $"commitment-{c.Id}", $"{c.Ministry}: {Shorten(c.Text)}", c.Text, c.MadeOn))))
            .WithSummary("The 100 newest commitments made in answers (Atom)");
        feeds.MapGet("/rounds/{id}", (string id, HttpContext context, ParlQA.Rounds.Storage.RoundStore store) =>
        {
            var user = SignedInUser.Of(context);
            if (store.Find(id) is not { } round || ParlQA.Rounds.Domain.RoundView.For(user, round) is not { } visible)
                return Results.Problem(detail: $"no round '{id}' you may see", statusCode: StatusCodes.Status404NotFound);
            return Atom(context, $"ParlQA: {visible.LetterTitle}", visible.History.AsEnumerable().Reverse().Select((h, i) =>
                new SyndicationItem($"{h.Action}: {h.Detail}", h.UserId.Length == 0 ? h.Action : $"{h.Action} by {h.UserId}", new Uri(new Uri($"{context.Request.Scheme}://{context.Request.Host}"), $"/api/v1/rounds/{id}"),
                    $"tag:parlqa,2026:round-{id}-{visible.History.Count - i}", h.At)));
        }).WithSummary("A round's progress, newest first (Atom): follow it to hear when it is answered and published");
        return feeds;
    }

    /// <summary>"Vraag 41 · kst-35207-34: de toelichting op het mensenrechtenbeleid …".</summary>
    private static string HitTitle(SearchHit hit) =>
        $"Vraag {hit.Label ?? hit.QuestionId.TrimStart('q')} · {hit.DocumentId}" + (hit.Title is { } title ? ": " + Shorten(title) : "");

    /// <summary>The question's passage, the answer's where it matched, and who asked and answered it when.</summary>
    private static string HitSummary(SearchHit hit)
    {
        var lines = new List<string> { Unmarked(hit.Snippet) };
        if (hit.AnswerSnippet is { } answer)
            lines.Add("Antwoord: " + Unmarked(answer));
        if (hit.AskedBy.Count > 0)
            lines.Add("Gesteld door " + string.Join(", ", hit.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})"))
                + (hit.SubmittedOn is { } asked ? $" op {asked:yyyy-MM-dd}" : ""));
        if (hit.AnsweredBy is not null || hit.AnsweredOn is not null)
            lines.Add("Beantwoord" + (hit.AnsweredBy is { } by ? " door " + by : "") + (hit.AnsweredOn is { } on ? $" op {on:yyyy-MM-dd}" : ""));
        return string.Join("\n", lines);
    }

    private static string Unmarked(string snippet) => snippet.Replace("**", "", StringComparison.Ordinal);

    private static SyndicationItem Item(HttpContext context, string path, string id, string title, string summary, DateOnly? date)
    {
        var link = new Uri(new Uri($"{context.Request.Scheme}://{context.Request.Host}"), path);
        var item = new SyndicationItem(title, summary, link, $"tag:parlqa,2026:{id}", Updated(date));
        return item;
    }

    private static DateTimeOffset Updated(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.UnixEpoch;

    private static IResult Atom(HttpContext context, string title, IEnumerable<SyndicationItem> items)
    {
        var list = items.ToList();
        var feed = new SyndicationFeed(title, null, new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}"),
            $"tag:parlqa,2026:{context.Request.Path}{context.Request.QueryString}", list.Count == 0 ? DateTimeOffset.UnixEpoch : list.Max(i => i.LastUpdatedTime))
        { Items = list };
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return Results.Text(output.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
