using ParlQA.Archive;

namespace ParlQA.Web;

/// <summary>What the web app serves and its limits; the defaults suit one machine.</summary>
public sealed record WebAppOptions
{
    /// <summary>The archive: a SQLite file path or a PostgreSQL connection string, as <c>--db</c> takes it.</summary>
    public string Db { get; init; } = ArchiveOpener.DefaultPath;

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Searches per client per minute (0 = no limit, for load tests).</summary>
    public int SearchesPerMinute { get; init; } = 300;

    /// <summary>These options with the settings ParlQA:Db and ParlQA:SearchesPerMinute applied, where given.</summary>
    public WebAppOptions With(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var db = configuration["ParlQA:Db"];
        var permits = configuration["ParlQA:SearchesPerMinute"];
        return this with
        {
            Db = string.IsNullOrEmpty(db) ? Db : db,
            SearchesPerMinute = int.TryParse(permits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : SearchesPerMinute,
        };
    }

    /// <summary>Reads <c>--db</c> (else PARLQA_DB, else ./parlqa.db) from the command line.</summary>
    public static WebAppOptions FromArgs(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int at = Array.IndexOf(args, "--db");
        return new WebAppOptions { Db = ArchiveOpener.Resolve(at >= 0 && at + 1 < args.Length ? args[at + 1] : null) };
    }
}
