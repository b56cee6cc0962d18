using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ParlQA.Model;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Api;

/// <summary><c>/api/v1/documents</c>: the list (filters, cursor paging), one document as its JSON, one question with its links.</summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", List).WithSummary("Documents, newest first, narrowed by filters (year:2020 kind:question-list addressee:Buitenlandse), a page at a time");
        group.MapGet("/{id}", One).WithSummary("One document as the document JSON, exactly as `parlqa parse --format json` prints it");
        group.MapGet("/{id}/questions/{questionId}", OneQuestion).WithSummary("One question with its answer, the same answer given elsewhere, and similar earlier questions");
        return api;
    }

    private static DocumentListResponse List(ArchiveService archive, string? filter = null, int limit = 20, string? cursor = null)
    {
        var page = archive.Documents(filter, Limits.Clamp(limit, 100), cursor);
        return new DocumentListResponse(page.Items, page.NextCursor);
    }

    /// <summary>The stored document JSON with a strong ETag (the source's content hash): unchanged documents answer 304.</summary>
    private static Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> One(string id, ArchiveService archive, HttpContext context)
    {
        if (archive.Find(id) is not { } document)
            return NotFound($"no document '{id}' in the archive");
        var etag = new EntityTagHeaderValue($"\"{document.Source?.Sha256 ?? QaJson.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"");
        context.Response.Headers.ETag = etag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Content(QaJson.Serialize(document), "application/json; charset=utf-8");
    }

    private static Results<Ok<QuestionResponse>, ProblemHttpResult> OneQuestion(string id, string questionId, ArchiveService archive)
    {
        if (archive.Question(id, questionId) is not { } view)
            return NotFound($"no question '{questionId}' in document '{id}'");
        var (question, answer) = (view.Question, view.Answer);
        return TypedResults.Ok(new QuestionResponse(id, question.Id, question.Label, question.Text, answer?.Id, answer?.Label, answer?.Text,
            answer?.QuestionIds ?? [],
            view.SameAnswer.Select(s => new LinkResponse(s.DocumentId, s.QuestionId, s.Similarity, ApiShapes.QuestionUrl(s.DocumentId, s.QuestionId))).ToList(),
            view.AskedBefore.Select(h => h.AsHitResponse()).ToList()));
    }

    internal static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}

/// <summary>Page sizes the API accepts.</summary>
internal static class Limits
{
    public static int Clamp(int limit, int max) => Math.Clamp(limit, 1, max);
}
