using System.Text.Json;
using Json.Schema;
using ParlQA.Model;
using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>Every document the readers produce from the samples is valid against the shipped JSON Schema.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(QaJson.SchemaText());

    public static TheoryData<string> ReadableSamples() => new(
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => DocumentReader.ReadFile(f).Succeeded)
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ReadableSamples))]
    public void Serialize_SampleDocument_IsValidAgainstTheSchema(string sample)
    {
        var document = DocumentReader.ReadFile(RepoPaths.Sample(sample)).Document!;
        using var json = JsonDocument.Parse(QaJson.Serialize(document));

        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_RejectsADocumentThatBreaksTheContract()
    {
        using var json = JsonDocument.Parse("""{ "schemaVersion": 2, "id": "x", "kind": "novel", "questions": [], "answers": [] }""");

        Assert.False(Schema.Evaluate(json.RootElement).IsValid);
    }
}
