using System.Text.Json.Nodes;
using ParlQA.Model;
using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>
/// Commitment detection measured against the hand-marked key of every sample document (<c>NAME.commitments.json</c>
/// beside the document, or a folder's <c>commitments.json</c>): precision and recall over the whole corpus.
/// </summary>
public sealed class CommitmentKeyTests
{
    /// <summary>The goal of issue 15 for both figures.</summary>
    private const double Goal = 0.95;

    private sealed record Marked(IReadOnlyList<string> Answers, string Text);

    [Fact]
    public void Detection_OverTheCorpus_ReachesThePrecisionAndRecallGoal()
    {
        int detected = 0, detectedRight = 0, marked = 0, markedFound = 0;
        var misses = new List<string>();
        foreach (var file in SampleDocuments())
        {
            var key = KeyOf(file);
            var result = DocumentReader.ReadFile(file);
            var found = result.Document?.Commitments ?? [];
            detected += found.Count;
            marked += key.Count;
            foreach (var c in found)
            {
                if (key.Any(k => Same(k, c)))
                    detectedRight++;
                else
                    misses.Add($"not in the key: {Path.GetFileName(file)} {c.AnswerId}: {c.Text}");
            }
            foreach (var k in key)
            {
                if (found.Any(c => Same(k, c)))
                    markedFound++;
                else
                    misses.Add($"not found: {Path.GetFileName(file)} {string.Join(",", k.Answers)}: {k.Text}");
            }
        }
        double precision = (double)detectedRight / detected, recall = (double)markedFound / marked;
        var report = $"commitments: {marked} marked, {detected} detected; precision {precision:0.000} ({detectedRight}/{detected}), recall {recall:0.000} ({markedFound}/{marked})";
        TestContext.Current.TestOutputHelper?.WriteLine(report);

        Assert.True(precision >= Goal && recall >= Goal, report + "\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Seed_IdenticalPromises_AreOneCommitmentWithEveryAnswerThatMakesIt()
    {
        var doc = DocumentReader.ReadFile(RepoPaths.Sample("kst-35207-34.txt")).Document!;

        var autumn = Assert.Single(doc.Commitments, c => c.Text == "Uw Kamer wordt hierover dit najaar nader geïnformeerd.");
        Assert.Equal(["a57", "a59", "a60", "a62"], autumn.AnswerIds);
        Assert.Equal("a57", autumn.AnswerId);
    }

    [Fact]
    public void CourtOfAuditAnswers_MakeNoCommitments()
    {
        var letters = Directory.GetFiles(RepoPaths.Sample("rekenkamer"), "*.txt");

        Assert.NotEmpty(letters);
        Assert.All(letters, f => Assert.Empty(DocumentReader.ReadFile(f).Document?.Commitments ?? []));
    }

    [Fact]
    public void EverySampleDocument_HasACommitmentKey() =>
        Assert.All(SampleDocuments(), f => Assert.True(KeyFile(f) is not null, $"{f} has no commitment key"));

    private static bool Same(Marked k, Commitment c) =>
        k.Answers.Intersect(c.AnswerIds.Count > 0 ? c.AnswerIds : [c.AnswerId]).Any() && Words(k.Text) == Words(c.Text);

    /// <summary>Letters and digits only, as FactsChecker compares texts: line ends and dashes do not count.</summary>
    private static string Words(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static IEnumerable<string> SampleDocuments() =>
        Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".pdf" or ".docx")
            .Order(StringComparer.Ordinal);

    private static string? KeyFile(string document)
    {
        var own = Path.ChangeExtension(document, ".commitments.json");
        var folder = Path.Combine(Path.GetDirectoryName(document)!, "commitments.json");
        return File.Exists(own) ? own : File.Exists(folder) ? folder : null;
    }

    private static List<Marked> KeyOf(string document)
    {
        var key = JsonNode.Parse(File.ReadAllText(KeyFile(document) ?? throw new InvalidOperationException($"{document} has no commitment key")))!;
        return [.. key["commitments"]!.AsArray().Select(c => new Marked(
            [.. c!["answers"]!.AsArray().Select(a => a!.GetValue<string>())], c["text"]!.GetValue<string>()))];
    }
}
