using Microsoft.AspNetCore.Http.HttpResults;
using ParlQA.Sync.Monitoring;

namespace ParlQA.Web.Official;

/// <summary><c>/api/v1/overdue</c>, <c>/response-times</c>, <c>/commitments/official</c>, <c>/documents/{id}/case</c>: the Tweede Kamer's record, as JSON.</summary>
public static class OfficialApi
{
    public static RouteGroupBuilder MapOfficialApi(this RouteGroupBuilder api)
    {
        api.MapGet("/overdue", Overdue).WithTags("Official record")
            .WithSummary("Written-question cases unanswered after their term (weeks, default 3), oldest first; ministry and party narrow them");
        api.MapGet("/response-times", (OfficialService official) => official.ResponseTimes()).WithTags("Official record")
            .WithSummary("Per ministry and year: cases answered, median days to answer, share answered within three weeks, delay notices, still open");
        api.MapGet("/commitments/official", (OfficialService official, string? ministry) => official.Commitments(ministry)).WithTags("Commitments")
            .WithSummary("The Kamer's own commitments (Toezeggingen): text, who promised, ministry, status, due date, the letter that kept it");
        api.MapGet("/documents/{id}/case", Case).WithTags("Documents")
            .WithSummary("A synced document's case: the case's documents, and for each question where it was asked or answered");
        return api;
    }

    private static Results<Ok<IReadOnlyList<OverdueResponse>>, ProblemHttpResult> Overdue(OfficialService official, string? ministry = null, string? party = null, int weeks = ParlQA.Sync.Monitoring.Overdue.DefaultWeeks)
    {
        if (weeks is < 0 or > 520)
            return TypedResults.Problem(detail: "weeks must be between 0 and 520", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        return TypedResults.Ok<IReadOnlyList<OverdueResponse>>([.. official.Overdue(ministry, party, weeks).Select(OverdueResponse.Of)]);
    }

    private static Results<Ok<CaseResponse>, ProblemHttpResult> Case(string id, OfficialService official)
    {
        if (official.Case(id) is not { } file)
            return TypedResults.Problem(detail: $"'{id}' is not a document synced from the Tweede Kamer's record", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        return TypedResults.Ok(new CaseResponse(file.CaseNumber,
            [.. file.Documents.Select(d => new CaseDocumentResponse(d.Id, d.Kind, d.Date, $"/d/{Uri.EscapeDataString(d.Id)}"))],
            [.. file.Documents.Where(d => d.Id == id).SelectMany(d => d.Questions).SelectMany(q => file.LinksOf(id, q)
                .Select(l => new QuestionLinkResponse(q.Id, l.DocumentId, l.QuestionId, l.Answered ? "answered" : "asked", $"/d/{Uri.EscapeDataString(l.DocumentId)}/{l.QuestionId}")))]));
    }
}

/// <summary>An overdue case in the API: the same fields as <c>parlqa overdue --format json</c>.</summary>
public sealed record OverdueResponse(string CaseNumber, string? Subject, IReadOnlyList<MemberResponse> AskedBy, IReadOnlyList<string> Addressees,
    DateOnly SubmittedOn, int DaysOpen, DelayNoticeResponse? DelayNotice)
{
    public static OverdueResponse Of(OverdueCase c) =>
        new(c.CaseNumber, c.Subject, [.. c.AskedBy.Select(m => new MemberResponse(m.Name, m.Party))], c.Addressees, c.SubmittedOn, c.DaysOpen,
            c.DelayNotice is { } n ? new DelayNoticeResponse(n.Date) : null);
}

public sealed record MemberResponse(string Name, string? Party);

public sealed record DelayNoticeResponse(DateOnly Date);

public sealed record CaseResponse(string CaseNumber, IReadOnlyList<CaseDocumentResponse> Documents, IReadOnlyList<QuestionLinkResponse> Questions);

public sealed record CaseDocumentResponse(string Id, string Kind, DateOnly? Date, string Url);

/// <summary>Question <see cref="QuestionId"/> of the document was <see cref="Relation"/> ("answered" or "asked") in another document of the case.</summary>
public sealed record QuestionLinkResponse(string QuestionId, string DocumentId, string OtherQuestionId, string Relation, string Url);
