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

    /// <summary>Opens the archive, or reports why not and returns null. Only the commands that fill an archive
    /// (ingest, sync, demo) pass <paramref name="create"/>: for the others a missing archive is an error.</summary>
    public static IArchive? Open(string? option, TextWriter stderr, bool create = false)
    {
        var db = ArchiveOpener.Resolve(option);
        try
        {
            return ArchiveOpener.Open(db, create);
        }
        catch (ArchiveException e)
        {
            stderr.WriteLine("parlqa: " + e.Message);
            return null;
        }
    }
}
