using System.CommandLine;
using ParlQA.Archive;

namespace ParlQA.Cli.Commands;

/// <summary>The <c>--db</c> option of the archive commands.</summary>
internal static class ArchiveOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"Archive: a SQLite file (default ./{ArchiveOpener.DefaultPath}, or ${ArchiveOpener.EnvironmentVariable})",
    };

    /// <summary>Opens the archive, or reports why not and returns null with the exit code in <paramref name="failed"/>.
    /// Only the commands that fill an archive (ingest, sync, demo) pass <paramref name="create"/>: for the others a
    /// missing archive is a usage error (a mistyped --db), exit 2.</summary>
    public static IArchive? Open(string? option, TextWriter stderr, out int failed, bool create = false)
    {
        var db = ArchiveOpener.Resolve(option);
        try
        {
            failed = CliApp.Ok;
            return ArchiveOpener.Open(db, create);
        }
        catch (ArchiveException e)
        {
            stderr.WriteLine("parlqa: " + e.Message);
            failed = ExitFor(e);
            return null;
        }
    }

    /// <summary>An archive that is not there is a usage error (2); one that cannot be opened or read, an input error (1).</summary>
    public static int ExitFor(ArchiveException e) =>
        e.Message.EndsWith(ArchiveOpener.NoArchive, StringComparison.Ordinal) ? CliApp.Usage : CliApp.InputErrors;
}
