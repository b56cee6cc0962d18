using Microsoft.AspNetCore.Http.HttpResults;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Api;

/// <summary><c>/api/v1/commitments</c> and <c>/api/v1/stats</c>: the commitments register and the archive's figures.</summary>
public static class RegisterApi
{
    public static RouteGroupBuilder MapRegisterApi(this RouteGroupBuilder api)
    {
        api.MapGet("/commitments", Commitments).WithTags("Commitments")
            .WithSummary("Commitments made in answers; ministry narrows by answerer, status is open, overdue or fulfilled");
        api.MapGet("/stats", Stats).WithTags("Statistics").WithSummary("Counts, and the median days from question to answer per answering person, per ministry and per member who asked");
        return api;
    }

    public static readonly string[] Statuses = ["open", "overdue", "fulfilled"];

    private static Results<Ok<IReadOnlyList<CommitmentResponse>>, ProblemHttpResult> Commitments(ArchiveService archive, string? ministry = null, string? status = null)
    {
        if (!string.IsNullOrEmpty(status) && !Statuses.Contains(status))
            return TypedResults.Problem(detail: $"status must be one of {string.Join(", ", Statuses)}", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        var today = archive.Today;
        return TypedResults.Ok<IReadOnlyList<CommitmentResponse>>(archive.Commitments(ministry, status).Select(c => c.AsResponse(today)).ToList());
    }

    private static StatsResponse Stats(ArchiveService archive)
    {
        var stats = archive.Stats();
        return new StatsResponse(stats.Documents, stats.Questions, stats.Answers, stats.Commitments,
            [.. stats.ByAnswerer.Select(a => new AnswererStats(a.AnsweredBy, a.Ministry, a.Documents, a.MedianDays))],
            [.. stats.ByMinistry.Select(m => new MinistryStats(m.Ministry, m.Documents, m.MedianDays))],
            [.. stats.ByMember.Select(m => new MemberStats(m.Member, m.Documents, m.MedianDays))]);
    }
}
