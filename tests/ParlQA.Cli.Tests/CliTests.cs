using System.Text.Json.Nodes;
using ParlQA.Tests;

namespace ParlQA.Cli.Tests;

/// <summary>The <c>parlqa</c> tool as a user runs it: output, messages and exit codes.</summary>
public sealed class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Seed => RepoPaths.Sample("kst-35207-34.txt");

    [Fact]
    public void Parse_Seed_PrintsOneDocumentJsonObject()
    {
        var (exit, output, error) = Run("parse", Seed, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var doc = JsonNode.Parse(output)!;
        Assert.Equal("kst-35207-34", doc["id"]!.GetValue<string>());
        Assert.Equal(94, doc["questions"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("text", "Vraag 25 [q25-2]")]
    [InlineData("md", "## Vraag 25 {#q25-2}")]
    public void Parse_HumanFormats_ShowEveryQuestionWithItsId(string format, string expected)
    {
        var (exit, output, _) = Run("parse", Seed, "--format", format);

        Assert.Equal(0, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BatchWithABadFile_ReportsItOnOneLineAndStillReadsTheOthers()
    {
        var junk = Path.GetTempFileName();
        File.WriteAllBytes(junk, [0, 1, 2, 3, 255, 0]);
        try
        {
            var (exit, output, error) = Run("parse", junk, Seed);

            Assert.Equal(1, exit);
            Assert.Equal($"{junk}: binary data: not a text, PDF, Word or XML document{Environment.NewLine}", error);
            Assert.Equal("kst-35207-34", JsonNode.Parse(output.Trim())!["id"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(junk);
        }
    }

    [Fact]
    public void Parse_SeveralFiles_PrintsJsonLines()
    {
        var (exit, output, _) = Run("parse", Seed, Seed);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal("kst-35207-34", JsonNode.Parse(l)!["id"]!.GetValue<string>()));
    }

    [Fact]
    public void Parse_MissingFile_SaysSoAndExitsOne()
    {
        var (exit, _, error) = Run("parse", "no-such-file.txt");

        Assert.Equal(1, exit);
        Assert.Equal("no-such-file.txt: no such file", error.Trim());
    }

    [Fact]
    public void Parse_UnknownFormat_IsAUsageError()
    {
        var (exit, _, error) = Run("parse", Seed, "--format", "yaml");

        Assert.Equal(2, exit);
        Assert.StartsWith("parlqa: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_Seed_ListsWarningsAsFileLineSeverityCodeMessage()
    {
        var (exit, output, _) = Run("lint", Seed);

        Assert.Equal(0, exit);
        Assert.Contains($"{Seed}:590: warning duplicate-number: question number 25 is printed more than once; this one is q25-2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_NotAQuestionDocument_ExitsOne()
    {
        var novel = Path.GetTempFileName();
        File.WriteAllText(novel, "Er was eens een koning die drie dochters had.\nDe jongste was de mooiste.\n");
        try
        {
            var (exit, output, _) = Run("lint", novel);

            Assert.Equal(1, exit);
            Assert.Equal($"{novel}: error read-failed: no numbered questions found: this does not look like a written-questions document", output.Trim());
        }
        finally
        {
            File.Delete(novel);
        }
    }

    [Fact]
    public void Parse_Folder_ReadsEveryFileInIt()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.Copy(Seed, Path.Combine(dir.FullName, "a.txt"));
            File.Copy(Seed, Path.Combine(dir.FullName, "b.txt"));

            var (exit, output, _) = Run("parse", dir.FullName, "--jobs", "2");

            Assert.Equal(0, exit);
            Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
