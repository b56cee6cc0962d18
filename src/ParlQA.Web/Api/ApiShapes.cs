using ParlQA.Archive;
using ParlQA.Model;

namespace ParlQA.Web.Api;

// The API's shapes, apart from the domain model and the storage rows (STYLE.md).

/// <summary>A page of documents; pass <see cref="NextCursor"/> as <c>cursor</c> for the next one.</summary>
public sealed record DocumentListResponse(IReadOnlyList<DocumentSummary> Items, string? NextCursor);

/// <summary>One hit: where it is, how well it matched, the question's passage with hits marked **so** (and the answer's,
/// when the match is there), the texts, the document's title, who asked and answered it when.</summary>
public sealed record HitResponse(string DocumentId, string QuestionId, double Score, string Snippet, string Question, string? Answer, string Url)
{
    public string? Label { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<Member> AskedBy { get; init; } = [];
    public string? AnsweredBy { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? AnswerSnippet { get; init; }
}

/// <summary>Search results: exact total up to 1,000 (<see cref="TotalIsLowerBound"/> beyond), hits, facets; "did you
/// mean" for words the archive lacks (<see cref="Corrected"/>: the hits are for the suggested words, the query as typed
/// found nothing); the words of a plain question of which the hits hold at least <see cref="RelaxedTo"/>.</summary>
public sealed record SearchResponse(int Total, bool TotalIsLowerBound, IReadOnlyList<HitResponse> Hits, IReadOnlyList<Facet> Facets)
{
    public IReadOnlyList<Suggestion> DidYouMean { get; init; } = [];
    public bool Corrected { get; init; }
    public IReadOnlyList<string> RelaxedWords { get; init; } = [];
    public int RelaxedTo { get; init; }
}

/// <summary>A question with its answer, and the archive's links: the same answer elsewhere, and similar earlier questions.</summary>
public sealed record QuestionResponse(
    string DocumentId, string QuestionId, string? Label, string Text, string? AnswerId, string? AnswerLabel, string? AnswerText,
    IReadOnlyList<string> AnswerCovers, IReadOnlyList<LinkResponse> SameAnswer, IReadOnlyList<HitResponse> AskedBefore);

/// <summary>A link to another question of the archive.</summary>
public sealed record LinkResponse(string DocumentId, string QuestionId, double Similarity, string Url);

/// <summary>A commitment of the register with its status today.</summary>
public sealed record CommitmentResponse(long Id, string DocumentId, string AnswerId, string Text, string? DueHint, DateOnly? DueDate,
    string? Ministry, DateOnly? MadeOn, string Status, string? FulfilledBy);

/// <summary>The archive's figures, per person and per ministry counted as the statistics and people pages count them.</summary>
public sealed record StatsResponse(int Documents, int Questions, int Answers, int Commitments, IReadOnlyList<AnswererStats> ByAnswerer, IReadOnlyList<MinistryStats> ByMinistry,
    IReadOnlyList<MemberStats> ByMember);

/// <summary>Documents answered by one person, however printed (null: the documents that name none), the ministry they
/// mostly answered for, and the median days from question to answer.</summary>
public sealed record AnswererStats(string? AnsweredBy, string? Ministry, int Documents, double? MedianDays);

/// <summary>Documents one member asked in (however printed), and the median days from question to answer.</summary>
public sealed record MemberStats(string Member, int Documents, double? MedianDays);

/// <summary>Documents answered for one ministry (null: those no ministry could be told for), and the median days from question to answer.</summary>
public sealed record MinistryStats(string? Ministry, int Documents, double? MedianDays);

internal static class ApiShapes
{
    public static string QuestionUrl(string documentId, string questionId) =>
        $"/d/{Uri.EscapeDataString(documentId)}/{Uri.EscapeDataString(questionId)}";

    public static HitResponse AsHitResponse(this SearchHit hit) =>
        new(hit.DocumentId, hit.QuestionId, Math.Round(hit.Score, 3), hit.Snippet, hit.Question, hit.Answer, QuestionUrl(hit.DocumentId, hit.QuestionId))
        {
            Label = hit.Label,
            Title = hit.Title,
            AskedBy = hit.AskedBy,
            AnsweredBy = hit.AnsweredBy,
            SubmittedOn = hit.SubmittedOn,
            AnsweredOn = hit.AnsweredOn,
            AnswerSnippet = hit.AnswerSnippet,
        };

    public static CommitmentResponse AsResponse(this RegisteredCommitment c, DateOnly today) =>
        new(c.Id, c.DocumentId, c.AnswerId, c.Text, c.DueHint, c.DueDate, c.Ministry, c.MadeOn, c.Status(today), c.FulfilledBy);
}
