using Microsoft.Extensions.Localization;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Api;
using ParlQA.Web.Hosting;
using ParlQA.Web.Rendering;
using ParlQA.Web.Rounds;

namespace ParlQA.Web.Feeds;

/// <summary>
/// Atom feeds to follow the archive in a feed reader: new documents, a saved search, the commitments, a round. Each
/// entry is dated by what it is about (answered, else asked, else when the archive received it), newest first, and
/// titled as people read it (the subject, "Vraag 25 (tweede) · subject"); in the site's language (?culture=en).
/// </summary>
public static partial class AtomFeeds
{
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Feeds");
        feeds.MapGet("/documents", (ArchiveService archive, HttpContext context, IStringLocalizer<Text> text) =>
            AtomWriter.Write(context, "ParlQA: " + text["FeedDocuments"], archive.Recent(50).Select(d => new FeedEntry(
                $"/d/{Uri.EscapeDataString(d.Id)}", d.Id, d.Subject ?? text["Kind_" + KindName(d.Kind)],
                text["FeedDocumentSummary", d.Questions, d.AnsweredBy ?? "–"], Dated(archive, d.Id, d.Date))), archive.Now))
            .WithSummary("The 50 newest documents, newest first (Atom)");
        feeds.MapGet("/search", (string q, ArchiveService archive, HttpContext context, IStringLocalizer<Text> text) =>
        {
            var page = archive.Search(q, 50, 0, facets: false, sort: "date");
            return AtomWriter.Write(context, "ParlQA: " + q, page.Hits.Select(h => new FeedEntry(
                ApiShapes.QuestionUrl(h.DocumentId, h.QuestionId), $"{h.DocumentId}#{h.QuestionId}", HitTitle(archive, h, text),
                HitSummary(h, text), Dated(archive, h.DocumentId, h.AnsweredOn ?? h.SubmittedOn))), archive.Now);
        }).WithSummary("A saved search: the 50 newest questions matching q, newest first (Atom)").RequireRateLimiting(SearchApi.RateLimitPolicy);
        feeds.MapGet("/commitments", (ArchiveService archive, HttpContext context, IStringLocalizer<Text> text) =>
            AtomWriter.Write(context, "ParlQA: " + text["FeedCommitments"], CommitmentEntries(archive, text), archive.Now))
            .WithSummary("The 100 newest events of the commitments register, newest first: commitments made in answers, and their status changes (Atom)");
        feeds.MapGet("/rounds/{id}", (string id, HttpContext context, RoundStore store, ArchiveService archive, IStringLocalizer<Text> text) =>
        {
            var user = SignedInUser.Of(context);
            if (store.Find(id) is not { } round || RoundView.For(user, round) is not { } visible)
                return Results.Problem(detail: $"no round '{id}' you may see", statusCode: StatusCodes.Status404NotFound);
            return AtomWriter.Write(context, "ParlQA: " + visible.LetterTitle, visible.History.Select((h, i) => new FeedEntry(
                $"/rounds/{Uri.EscapeDataString(id)}", $"round-{id}-{i + 1}", RoundText.History(text, h),
                h.UserId.Length == 0 ? RoundText.History(text, h) : text["FeedRoundBy", RoundText.History(text, h), h.UserId], h.At)).Reverse(), archive.Now);
        }).WithSummary("A round's progress, newest first (Atom): follow it to hear when it is answered and published");
        return feeds;
    }

    /// <summary>The day an entry is about, else the moment the archive first received the document.</summary>
    private static DateTimeOffset Dated(ArchiveService archive, string documentId, DateOnly? day) =>
        day is { } d ? AtomWriter.Day(d) : archive.ReceivedAt(documentId) ?? archive.Now;

    /// <summary>"Vraag 25 (tweede) · de toelichting op het mensenrechtenbeleid …": as printed, with the document's subject.</summary>
    private static string HitTitle(ArchiveService archive, SearchHit hit, IStringLocalizer text) =>
        PrintedLabels.Question(archive.Find(hit.DocumentId), hit.QuestionId, hit.Label, text) + (hit.Title is { } title ? " · " + AtomWriter.Shorten(title) : "");

    /// <summary>The question's passage, the answer's where it matched, and who asked and answered it when.</summary>
    private static string HitSummary(SearchHit hit, IStringLocalizer text)
    {
        var lines = new List<string> { Unmarked(hit.Snippet) };
        if (hit.AnswerSnippet is { } answer)
            lines.Add(text["Answer"] + ": " + Unmarked(answer));
        if (hit.AskedBy.Count > 0)
            lines.Add(text["AskedBy"] + " " + string.Join(", ", hit.AskedBy.Select(m => m.Party is null ? m.Name : $"{m.Name} ({m.Party})"))
                + (hit.SubmittedOn is { } asked ? " · " + text["AskedOn", Day(asked)] : ""));
        if (hit.AnsweredBy is not null || hit.AnsweredOn is not null)
            lines.Add(text["AnsweredBy"] + " " + hit.AnsweredBy + (hit.AnsweredOn is { } on ? " " + text["AnsweredOnDate", Day(on)] : ""));
        return string.Join("\n", lines);
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);

    private static string Unmarked(string snippet) => snippet.Replace("**", "", StringComparison.Ordinal);

    /// <summary>The resource name of a stored kind ("question-list" → QuestionList).</summary>
    private static string KindName(string kind) => kind switch
    {
        "question-list" => "QuestionList",
        "written-questions" => "WrittenQuestions",
        _ => "AnswerLetter",
    };
}
