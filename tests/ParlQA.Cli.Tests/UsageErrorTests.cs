using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ParlQA.Archive;
using ParlQA.Tests;

using static ParlQA.Cli.Tests.CliRun;

namespace ParlQA.Cli.Tests;

/// <summary>Usage errors as a user meets them: one plain line naming what is wrong and what was meant, exit 2.</summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parlqa-usage-").FullName;

    private string Db => Path.Combine(_folder, "archive.db");


    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Theory]
    [InlineData("parlqa: unknown option --limt; did you mean --limit?", "parlqa search", "search", "Tibet", "--limt", "3")]
    [InlineData("parlqa: unknown option --fromat; did you mean --format?", "parlqa parse", "parse", "x.txt", "--fromat", "md")]
    [InlineData("parlqa: unknown option --ministery; did you mean --ministry?", "parlqa commitments", "commitments", "--ministery", "BZ")]
    [InlineData("parlqa: unknown option --colour", "parlqa stats", "stats", "--colour")]
    [InlineData("parlqa: unknown command 'serch'; did you mean 'search'?", "parlqa", "serch", "Tibet")]
    [InlineData("parlqa: unknown command 'fulfll'; did you mean 'fulfil'?", "parlqa commitments", "commitments", "fulfll", "8")]
    [InlineData("parlqa: unknown command 'lst'; did you mean 'list'?", "parlqa users", "users", "lst")]
    [InlineData("parlqa: unknown value 'Klerk' for --role; one of: Administrator, Approver, Archivist, Clerk, Member, Officer", "parlqa users add", "users", "add", "konings", "--name", "Konings", "--role", "Klerk")]
    [InlineData("parlqa: unknown value 'yaml' for --format; one of: json, md, text", "parlqa parse", "parse", "x.txt", "--format", "yaml")]
    [InlineData("parlqa: unknown value 'closed' for --status; one of: fulfilled, lapsed, open, overdue", "parlqa commitments", "commitments", "--status", "closed")]
    [InlineData("parlqa: --limit must be at least 1", "parlqa search", "search", "Tibet", "-n", "0")]
    [InlineData("parlqa: --limit must be at least 1", "parlqa similar", "similar", "politieke gevangenen", "--limit", "0")]
    [InlineData("parlqa: the text is empty", "parlqa similar", "similar", "")]
    [InlineData("parlqa: the query is empty", "parlqa search", "search", " ")]
    public void UsageError_IsOneLineNamingTheMistake_ThenWhereHelpIs(string message, string command, params string[] args)
    {
        var (exit, output, error) = Run(args[0] == "parse" ? args : [.. args, "--db", Db]);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal("", output);
        Assert.Equal([message, $"Try '{command} --help'."], Lines(error));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void UnknownCommand_FarFromEveryCommand_ListsThem()
    {
        var (exit, _, error) = Run("frobnicate");

        Assert.Equal(CliApp.Usage, exit);
        Assert.StartsWith("parlqa: unknown command 'frobnicate'; the commands are parse, lint, ingest, search,", Lines(error)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void OptionAfterDoubleDash_IsTakenAsText()
    {
        // After "--" everything is an argument: the query '--limt' reaches the archive (which is not there).
        var (exit, _, error) = Run("search", "--db", Db, "--", "--limt");

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal($"parlqa: {Db}: {ArchiveOpener.NoArchive}", error.Trim());
    }

    [Fact]
    public async Task Serve_BusyPort_IsOneLineWithoutAStackTrace()
    {
        Run("ingest", RepoPaths.Sample("kst-35207-34.txt"), "--db", Db);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        // A process of its own: the host's logger writes to the real console, which is what must stay quiet.
        var parlqa = Path.Combine(AppContext.BaseDirectory, "parlqa.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [parlqa, "serve", "--db", Db, "--urls", url]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var cancel = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = await process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);

        Assert.Equal(CliApp.InputErrors, process.ExitCode);
        Assert.Equal("", await output);
        Assert.Equal([$"parlqa: {CliMessages.AddressInUse(url)}"], Lines(error));
    }

    [Fact]
    public void Demo_NamesTheFilesItCouldNotRead()
    {
        var samples = Directory.CreateDirectory(Path.Combine(_folder, "samples")).FullName;
        File.Copy(RepoPaths.Sample("kst-35207-34.txt"), Path.Combine(samples, "kst-35207-34.txt"));
        var junk = Path.Combine(samples, "junk.pdf");
        File.WriteAllBytes(junk, [0, 1, 2, 3]);
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();

        // The busy port ends the demo after its archive is built, so the test need not stop a server.
        var (exit, output, error) = Run("demo", "--samples", samples, "--db", Db, "--urls", $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}");

        Assert.Equal(CliApp.InputErrors, exit);
        Assert.Contains("1 new, 0 updated, 0 unchanged documents", output, StringComparison.Ordinal);
        Assert.Contains("(1 not readable)", output, StringComparison.Ordinal);
        Assert.StartsWith($"{junk}: ", Lines(error)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--limt", "--limit", "--limit", "--db", "--format")]
    [InlineData("--lim", "--limit", "--limit", "--db")]
    [InlineData("--xyz", null, "--limit", "--db")]
    [InlineData("serch", "search", "search", "show", "stats")]
    [InlineData("shwo", "show", "search", "show", "stats")]
    public void Nearest_FindsTheMeantName(string typed, string? meant, params string[] names) =>
        Assert.Equal(meant, UsageErrors.Nearest(typed, names));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
