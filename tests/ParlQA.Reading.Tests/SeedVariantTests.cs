using System.Text;
using System.Text.Json.Nodes;
using ParlQA.Model;
using ParlQA.Tests;

namespace ParlQA.Reading.Tests;

/// <summary>
/// The seed as other extraction tools give it — form feeds instead of the page-start space, no page marks
/// at all, Windows line ends and code page — must still satisfy its whole answer key.
/// </summary>
public sealed class SeedVariantTests
{
    private static readonly string[] SeedLines = File.ReadAllText(RepoPaths.Sample("kst-35207-34.txt")).Split('\n');

    private static bool IsPageStart(string line) => line.Length > 1 && line[0] == ' ' && line[1] != ' ';

    public static TheoryData<string> Variants() => new("form feeds", "no page marks", "windows-1252 with CRLF");

    [Theory]
    [MemberData(nameof(Variants))]
    public void Read_SeedVariant_SatisfiesTheAnswerKey(string variant)
    {
        byte[] bytes = variant switch
        {
            "form feeds" => Encoding.UTF8.GetBytes(string.Join('\n', SeedLines.Select(l => IsPageStart(l) ? "\f" + l[1..] : l))),
            "no page marks" => Encoding.UTF8.GetBytes(string.Join('\n', SeedLines.Select(l => IsPageStart(l) ? l[1..] : l))),
            _ => Windows1252().GetBytes(string.Join("\r\n", SeedLines)),
        };

        var result = DocumentReader.Read(bytes, variant);

        Assert.True(result.Succeeded, result.Error);
        var failures = FactsChecker.Check(JsonNode.Parse(File.ReadAllText(RepoPaths.Sample("kst-35207-34.facts.json")))!, JsonNode.Parse(QaJson.Serialize(result.Document!))!);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
