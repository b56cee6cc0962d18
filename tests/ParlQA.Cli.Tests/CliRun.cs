namespace ParlQA.Cli.Tests;

/// <summary>Runs the CLI in-process as a user would type it, capturing what it prints: one helper for every CLI test class.</summary>
internal static class CliRun
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
