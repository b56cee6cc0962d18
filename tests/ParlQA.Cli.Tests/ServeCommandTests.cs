using ParlQA.Cli;

namespace ParlQA.Cli.Tests;

/// <summary>serve and demo fail with one clear line, not a stack trace, when they cannot start.</summary>
public sealed class ServeCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Serve_ArchiveThatCannotBeOpened_IsOneLineAndExit1()
    {
        var (exit, _, err) = Run("serve", "--db", "/nonexistent-folder/for/sure/archive.db", "--urls", "http://127.0.0.1:0");

        Assert.Equal(CliApp.InputErrors, exit);
        Assert.StartsWith("parlqa: /nonexistent-folder/for/sure/archive.db: cannot open the archive", err, StringComparison.Ordinal);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Demo_NoSamplesFolder_IsAUsageError()
    {
        var (exit, _, err) = Run("demo", "--samples", "/nonexistent-samples");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("no samples folder found", err, StringComparison.Ordinal);
    }
}
