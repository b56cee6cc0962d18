using Microsoft.Data.Sqlite;
using Npgsql;
using ParlQA.Archive.Official;
using ParlQA.Archive.Sqlite;

namespace ParlQA.Archive;

/// <summary>
/// Opens the archive a <c>--db</c> value names: a file path is a SQLite archive; a PostgreSQL connection string
/// ("Host=…") names the server engine. Only the commands that fill an archive (ingest, sync, demo) make a new one:
/// for any other an archive that is not there is an error, so a mistyped path never leaves an empty archive behind.
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

    /// <summary>Opens the archive and brings its schema up to date; <paramref name="create"/> makes one where there is none.</summary>
    public static IArchive Open(string db, bool create = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (IsPostgres(db))
        {
            if (!create)
                RequirePostgresArchive(db);
            return Postgres.PostgresArchive.Open(db);
        }
        if (!create && !File.Exists(db))
            throw new ArchiveException($"{db}: {NoArchive}");
        return SqliteArchive.Open(db);
    }

    /// <summary>The end of the message for an archive that is not there.</summary>
    public const string NoArchive = "no archive there (parlqa ingest, sync or demo makes one)";

    private static void RequirePostgresArchive(string db)
    {
        try
        {
            using var connection = new NpgsqlConnection(db);
            connection.Open();
            if (Sql.Scalar(connection, null, "SELECT to_regclass('schema_version')::text") is null)
                throw new ArchiveException($"PostgreSQL database {connection.Database}: {NoArchive}");
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw new ArchiveException("cannot open the PostgreSQL archive: " + e.Message, e);
        }
    }

    /// <summary>
    /// The Tweede Kamer's record kept in the same database as the archive (its tables come with the archive's
    /// migrations, so the archive is opened, and brought up to date, first).
    /// </summary>
    public static IOfficialRecord OpenOfficial(string db, bool create = false)
    {
        Open(db, create).Dispose();
        if (IsPostgres(db))
        {
            var source = NpgsqlDataSource.Create(db);
            return new OfficialRecord(source.OpenConnection, source);
        }
        // A pooled connection per call: the web app reads the record from many requests at once.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = db, Pooling = true }.ToString();
        return new OfficialRecord(() =>
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            // As the archive's own connection: WAL commits survive a killed process without a sync per page.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
            pragma.ExecuteNonQuery();
            return connection;
        });
    }
}
