using System.Text.Json.Nodes;
using ParlQA.Model;
using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>
/// The Aanhangsel PDFs as `pdftotext` (poppler 22) turns them into text, kept in Cases/pdftotext: the text
/// reader must find the same question and answer blocks and header as the PDF reader does.
/// </summary>
public sealed class PdfToTextCorpusTests
{
    public static TheoryData<string> Files() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "pdftotext"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    /// <summary>What pdftotext's text cannot give: a table's rows (it sets the cells column by column), and
    /// footnotes whose numbers it prints apart from their texts.</summary>
    private static bool OutOfReach(string failure) =>
        failure.StartsWith("footnotes:", StringComparison.Ordinal) || failure.StartsWith("answer to 6: text does not run", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_AanhangselAsPdfToText_GivesTheAnswerKeysBlocksAndHeader(string name)
    {
        var result = DocumentReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Cases", "pdftotext", name + ".txt"));
        Assert.True(result.Succeeded, result.Error);
        var facts = JsonNode.Parse(File.ReadAllText(RepoPaths.Sample($"aanhangsel/{name}.facts.json")))!;

        var failures = FactsChecker.Check(facts, JsonNode.Parse(QaJson.Serialize(result.Document!))!).Where(f => !OutOfReach(f)).ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
