using Microsoft.AspNetCore.Http.HttpResults;
using ParlQA.Archive;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Api;

/// <summary><c>/api/v1/search</c> and <c>/api/v1/similar</c>: the archive's query language, and questions like a text.</summary>
public static class SearchApi
{
    public const string RateLimitPolicy = "search";

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithTags("Search").RequireRateLimiting(RateLimitPolicy)
            .WithSummary("Questions matching a query: words or a question in plain words, \"phrases\", AND/OR/NOT, -word, prefix*, filters (kind: year: session: dossier: committee: addressee: asked: answerer: answered: from: to:); sort=date for newest first");
        api.MapGet("/similar", Similar).WithTags("Search").RequireRateLimiting(RateLimitPolicy)
            .WithSummary("The earlier questions most like a text (text=…) or an archived question (question=kst-35207-34#q26), with their answers");
        return api;
    }

    /// <summary>Facets cost a second pass over the matches, so they come when asked for (facets=true).</summary>
    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(string q, ArchiveService archive, int limit = 20, int offset = 0, bool facets = false, string? sort = null)
    {
        if (sort is not (null or "relevance" or "date"))
            return TypedResults.Problem(detail: "sort must be relevance or date", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        var page = archive.Search(q, Limits.Clamp(limit, 100), Math.Max(0, offset), facets, sort);
        return TypedResults.Ok(new SearchResponse(page.Total, page.Total >= SearchPage.CountedUpTo, page.Hits.Select(h => h.AsHitResponse()).ToList(), page.Facets)
        {
            DidYouMean = page.DidYouMean,
            Corrected = page.Corrected,
            RelaxedWords = page.RelaxedWords,
            RelaxedTo = page.RelaxedTo,
        });
    }

    private static Results<Ok<IReadOnlyList<HitResponse>>, ProblemHttpResult> Similar(ArchiveService archive, string? text = null, string? question = null, int limit = 10)
    {
        (string, string)? exclude = null;
        if (question is not null)
        {
            var parts = question.Split('#', 2);
            if (parts.Length != 2)
                return TypedResults.Problem(detail: "question must be DOCUMENT#QUESTION, such as kst-35207-34#q26", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
            if (archive.Find(parts[0])?.Questions.FirstOrDefault(q => q.Id == parts[1]) is not { } asked)
                return DocumentsApi.NotFound($"no question '{question}' in the archive");
            text = asked.Text;
            exclude = (parts[0], parts[1]);
        }
        if (string.IsNullOrWhiteSpace(text))
            return TypedResults.Problem(detail: "give text=… or question=DOCUMENT#QUESTION", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        return TypedResults.Ok<IReadOnlyList<HitResponse>>(archive.Similar(text, Limits.Clamp(limit, 50), exclude).Select(h => h.AsHitResponse()).ToList());
    }
}
