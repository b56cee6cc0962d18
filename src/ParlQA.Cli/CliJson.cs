using System.Text.Json.Serialization;

namespace ParlQA.Cli;

/// <summary>One search hit as a JSON line, for scripts: where it is, the passages with found words marked **so**, who asked and answered when.</summary>
internal sealed record SearchLine(string DocumentId, string QuestionId, double Score, string Snippet)
{
    public string? Label { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> AskedBy { get; init; } = [];
    public string? AnsweredBy { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? AnswerSnippet { get; init; }
}

/// <summary>Source-generated JSON for the CLI's own lines (Native AOT needs no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchLine))]
[JsonSerializable(typeof(ExportRow))]
[JsonSerializable(typeof(VersionLine))]
[JsonSerializable(typeof(AuditLine))]
internal sealed partial class CliJson : JsonSerializerContext;

/// <summary>One question with its answer, a row of <c>parlqa export --format csv</c>.</summary>
internal sealed record ExportRow(string DocumentId, string QuestionId, string? Label, string Question, string? Answer, string? AnsweredOn, string? AnsweredBy);

/// <summary>One version of a document, a line of <c>parlqa history ID --format json</c>.</summary>
internal sealed record VersionLine(int Number, string Change, DateTimeOffset At, string Via, string? Account, string? Sha256, int? RestoredFrom, string? Reason, bool Current);

/// <summary>One administrative action, a line of <c>parlqa audit --format json</c>.</summary>
internal sealed record AuditLine(long Id, DateTimeOffset At, string Action, string? Target, string Via, string? Account, string? Detail);
