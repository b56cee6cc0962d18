using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ParlQA.Tests;

namespace ParlQA.Cli.Tests;

/// <summary>
/// The README's question round through the API runs as printed: every <c>$</c> line of its console block is run by one
/// bash, in order, in an empty folder where <c>parlqa</c> is this build, and what each prints is compared with the
/// README's — dates aside (they follow today), and on a free port instead of 5185.
/// </summary>
public sealed partial class ReadmeRoundTests : IDisposable
{
    private const string Heading = "The whole round through the API";

    private const string ReadmePort = "127.0.0.1:5185";

    private readonly string _folder = Directory.CreateTempSubdirectory("parlqa-readme-round-").FullName;

    /// <summary>The console block after <see cref="Heading"/>: each command after its <c>$ </c> and the lines printed under it.</summary>
    public static IReadOnlyList<(string Command, string Printed)> Steps()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        int at = Array.FindIndex(lines, l => l.StartsWith(Heading, StringComparison.Ordinal));
        var block = lines.Skip(at).SkipWhile(l => l != "```console").Skip(1).TakeWhile(l => l != "```").ToList();
        var steps = new List<(string, string)>();
        for (int i = 0; i < block.Count; i++)
        {
            if (!block[i].StartsWith("$ ", StringComparison.Ordinal))
                continue;
            var printed = block.Skip(i + 1).TakeWhile(l => !l.StartsWith("$ ", StringComparison.Ordinal));
            steps.Add((block[i][2..], string.Join('\n', printed)));
        }
        return steps;
    }

    [Fact]
    public void Readme_ShowsEveryStepOfTheRound()
    {
        var commands = string.Join('\n', Steps().Select(s => s.Command));

        foreach (var route in new[] { "/open", "/deadline", "/questions", "/close", "/duplicates", "/merge", "/order", "/send ", "/answers ",
            "/send-back", "/answers/d1 ", "/approve", "/send-answers", "/publish", "/publication.pdf" })
            Assert.Contains(route, commands, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadmeRound_RunsAsPrinted()
    {
        if (!ReadmeExampleTests.OnPath("curl") || !ReadmeExampleTests.OnPath("jq"))
            Assert.Skip("curl and jq are needed to run the README's round");
        var port = $"127.0.0.1:{FreePort()}";
        var steps = Steps().Select(s => (Command: s.Command.Replace(ReadmePort, port, StringComparison.Ordinal), s.Printed)).ToList();
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        var parlqa = Path.Combine(bin, "parlqa");
        await File.WriteAllTextAsync(parlqa, $"#!/bin/sh\nexec dotnet '{Path.Combine(AppContext.BaseDirectory, "parlqa.dll")}' \"$@\"\n", TestContext.Current.CancellationToken);

        // One bash for all, so that variables and the background server carry over; a marker before each command's output.
        var script = new StringBuilder("chmod +x bin/parlqa\ntrap 'kill $(jobs -p) 2>/dev/null' EXIT\n");
        for (int i = 0; i < steps.Count; i++)
            script.Append(System.Globalization.CultureInfo.InvariantCulture, $"printf '\\n@@{i}@@\\n'\n{steps[i].Command}\n");
        var start = new ProcessStartInfo("bash", ["-c", script.ToString()]) { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        string output;
        try
        {
            output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }

        var printed = Marker().Split(output).Skip(1).Select(p => p.Trim('\n')).ToList();
        // Every step that printed otherwise, whole, with what bash and the server said: a failure names its cause.
        var differ = steps.Select((s, i) => (s.Command, Expected: Undated(s.Printed), Actual: Undated(i < printed.Count ? printed[i] : "(not run)")))
            .Where(s => s.Expected != s.Actual).Select(s => $"$ {s.Command}\nREADME:\n{s.Expected}\nprinted:\n{s.Actual}").ToList();
        var log = Path.Combine(_folder, "serve.log");
        var said = $"\nstderr:\n{await error}\nserve.log:\n{(File.Exists(log) ? await File.ReadAllTextAsync(log, TestContext.Current.CancellationToken) : "")}";
        Assert.True(differ.Count == 0, string.Join("\n\n", differ) + said);
        Assert.True(process.ExitCode == 0, said);
    }

    /// <summary>Dates follow the day the round runs: compared as their shape.</summary>
    private static string Undated(string text) => DatePattern().Replace(text, "YYYY-MM-DD");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\n?@@\d+@@\n")]
    private static partial Regex Marker();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
