using System.Diagnostics;
using ParlQA.Tests;

namespace ParlQA.Cli.Tests;

/// <summary>
/// The README's tour of <c>parse</c> and <c>lint</c> runs as printed, pipes and <c>jq</c> included (jq 1.6 too, where
/// <c>label</c> is a keyword): each example's command is run by bash from the repository root and its output compared.
/// </summary>
public sealed class ReadmeExampleTests
{
    private const string Prompt = "$ dotnet run --project src/ParlQA.Cli -- ";

    /// <summary>The tour's examples that need no archive: (command after the prompt, the lines printed under it).</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Prompt + "parse ", StringComparison.Ordinal) && !lines[i].StartsWith(Prompt + "lint ", StringComparison.Ordinal))
                continue;
            var printed = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal) && !l.StartsWith("```", StringComparison.Ordinal));
            data.Add(lines[i][Prompt.Length..], string.Join('\n', printed));
        }
        return data;
    }

    [Fact]
    public void Readme_HasParseAndLintExamples() => Assert.True(Examples().Count >= 5);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_PrintsWhatTheReadmeShows(string command, string printed)
    {
        if (command.Contains("| jq", StringComparison.Ordinal) && !OnPath("jq"))
            Assert.Skip("jq is not installed");
        var parlqa = Path.Combine(AppContext.BaseDirectory, "parlqa.dll");
        var start = new ProcessStartInfo("bash", ["-c", $"dotnet {parlqa} {command}"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var error = process.StandardError.ReadToEndAsync(cancel);
        var output = await process.StandardOutput.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);

        Assert.Equal("", await error);
        Assert.Equal(printed, output.TrimEnd('\n'));
    }

    internal static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}
