using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParlQA.Archive;

/// <summary>What a backup holds: its size, and its documents (it was checked whole before it took its name).</summary>
public sealed record BackupReport(string Path, long Bytes, long Documents);

/// <summary>
/// A copy of the whole archive — documents and their versions, rounds, accounts, the audit log — taken while it serves:
/// SQLite's online backup copies a consistent snapshot (writers go on meanwhile), into a file of another name that
/// takes the wanted name only once it is complete and passes SQLite's integrity check, so a backup cut short never
/// looks like one. An existing file is never overwritten. A PostgreSQL archive is backed up with pg_dump (see
/// <see cref="PostgresInstructions"/>).
/// </summary>
public static class ArchiveBackup
{
    public static BackupReport ToFile(ArchiveDatabase database, string path)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (database.FilePath is not { } source)
            throw new ArchiveException(PostgresInstructions(database, path));
        var target = System.IO.Path.GetFullPath(path);
        if (File.Exists(target))
            throw new ArchiveException($"{path} exists already: a backup never overwrites a file (remove it, or choose another name)");
        if (System.IO.Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
            throw new ArchiveException($"{path}: there is no folder {folder}");
        var partial = target + ".partial";
        File.Delete(partial);
        long documents;
        try
        {
            using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
            using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                from.Open();
                to.Open();
                from.BackupDatabase(to);
                // One self-contained file: no write-ahead log beside it (parlqa turns it back on when it opens the copy).
                Sql.Run(to, null, "PRAGMA journal_mode = DELETE");
                if (Sql.Scalar(to, null, "PRAGMA integrity_check") is not "ok")
                    throw new ArchiveException($"{path}: the copy failed SQLite's integrity check; the archive itself may be damaged (parlqa check)");
                documents = Convert.ToInt64(Sql.Scalar(to, null, "SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture);
            }
            File.Move(partial, target);
        }
        catch (SqliteException e)
        {
            throw new ArchiveException($"{path}: cannot back up {source}: {e.Message}", e);
        }
        finally
        {
            File.Delete(partial);
        }
        return new BackupReport(path, new FileInfo(target).Length, documents);
    }

    /// <summary>How to back up (and restore) a PostgreSQL archive with PostgreSQL's own tools, which copy a consistent snapshot while it serves.</summary>
    public static string PostgresInstructions(ArchiveDatabase database, string path)
    {
        ArgumentNullException.ThrowIfNull(database);
        var c = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var target = $"--host={c.Host} --port={c.Port.ToString(CultureInfo.InvariantCulture)} --username={c.Username}";
        var schema = string.IsNullOrEmpty(c.SearchPath) ? "" : $" --schema={c.SearchPath}";
        return $"""
            a PostgreSQL archive is backed up with PostgreSQL's own tools, which copy a consistent snapshot while it serves; documents, their versions, rounds, accounts and the audit log are all in database {c.Database}:
              pg_dump {target}{schema} --format=custom --file={path} {c.Database}
            (the password from PGPASSWORD or ~/.pgpass, never the command line). To restore into an empty database:
              pg_restore {target} --dbname={c.Database} {path}
            """;
    }
}
