using System.Text.Json.Serialization;

namespace ParlQA.Cli;

/// <summary>One search hit as a JSON line, for scripts.</summary>
internal sealed record SearchLine(string DocumentId, string QuestionId, double Score, string Snippet);

/// <summary>Source-generated JSON for the CLI's own lines (Native AOT needs no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SearchLine))]
[JsonSerializable(typeof(ExportRow))]
internal sealed partial class CliJson : JsonSerializerContext;

/// <summary>One question with its answer, a row of <c>parlqa export --format csv</c>.</summary>
internal sealed record ExportRow(string DocumentId, string QuestionId, string? Label, string Question, string? Answer, string? AnsweredOn, string? AnsweredBy);
