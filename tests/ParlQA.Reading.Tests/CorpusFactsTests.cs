using System.Text.Json.Nodes;
using ParlQA.Model;
using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>The real documents and their hand-checked answer keys are the specification (STYLE.md, "Tests").</summary>
public sealed class CorpusFactsTests
{
    public static TheoryData<string> KeyedSamples() => new(
        Directory.EnumerateFiles(RepoPaths.Samples, "*.facts.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f))
            .Where(Supported)
            .Order(StringComparer.Ordinal));

    /// <summary>Formats whose reader exists; the others come with their readers.</summary>
    private static bool Supported(string factsPath) =>
        Path.GetExtension(SampleFor(factsPath)) is ".txt" or ".pdf" or ".docx";

    [Theory]
    [MemberData(nameof(KeyedSamples))]
    public void Read_Sample_SatisfiesEveryFactOfItsAnswerKey(string factsPath)
    {
        var result = DocumentReader.ReadFile(RepoPaths.Sample(SampleFor(factsPath)));
        Assert.True(result.Succeeded, result.Error);
        var doc = JsonNode.Parse(QaJson.Serialize(result.Document!))!;
        var facts = JsonNode.Parse(File.ReadAllText(RepoPaths.Sample(factsPath)))!;

        var failures = FactsChecker.Check(facts, doc);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string SampleFor(string factsPath)
    {
        var stem = factsPath[..^".facts.json".Length];
        var dir = Path.GetDirectoryName(Path.Combine(RepoPaths.Samples, stem))!;
        return Path.GetRelativePath(RepoPaths.Samples, Directory.EnumerateFiles(dir, Path.GetFileName(stem) + ".*").First(f => !f.EndsWith(".json", StringComparison.Ordinal)));
    }
}
