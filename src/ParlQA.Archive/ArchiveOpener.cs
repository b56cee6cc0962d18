using ParlQA.Archive.Sqlite;

namespace ParlQA.Archive;

/// <summary>
/// Opens the archive a <c>--db</c> value names: a file path is a SQLite archive (created on first use); a
/// PostgreSQL connection string ("Host=…") names the server engine.
/// </summary>
public static class ArchiveOpener
{
    public const string DefaultPath = "parlqa.db";
    public const string EnvironmentVariable = "PARLQA_DB";

    /// <summary>The value to use: the option, else PARLQA_DB, else ./parlqa.db.</summary>
    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : DefaultPath;

    /// <summary>A connection string ("Host=…;Database=…"), not a file path.</summary>
    public static bool IsPostgres(string db) => db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    public static IArchive Open(string db)
    {
        if (IsPostgres(db))
            return Postgres.PostgresArchive.Open(db);
        return SqliteArchive.Open(db);
    }
}
