using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParlQA.Archive;

/// <summary>The two database engines an archive can live in.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The archive's database, for what is kept beside the documents (rounds, accounts, the audit log): the same SQLite
/// file or PostgreSQL database as the archive, so that web servers sharing a PostgreSQL archive share these too and
/// hold no state of their own. Writes go one at a time (SQLite's write lock; a PostgreSQL advisory lock), and a
/// database error becomes an <see cref="ArchiveException"/> that names the archive.
/// </summary>
public sealed class ArchiveDatabase
{
    /// <summary>The PostgreSQL advisory lock that puts writes one after the other, as SQLite's write lock does.</summary>
    private const long WriteLock = 20200618;

    /// <summary>The advisory lock migrations take (the archive's own take it too).</summary>
    internal const long MigrationLock = 20200617;

    private readonly string _connectionString;

    private ArchiveDatabase(Engine engine, string connectionString, string name)
    {
        Engine = engine;
        _connectionString = connectionString;
        Name = name;
    }

    public Engine Engine { get; }

    /// <summary>How messages name it: the file's path, or "PostgreSQL database NAME on HOST" (never the password).</summary>
    public string Name { get; }

    /// <summary>How to reach it (for a PostgreSQL archive, its connection string: keep it out of messages).</summary>
    internal string ConnectionString => _connectionString;

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? FilePath => Engine == Engine.Sqlite ? Name : null;

    /// <summary>
    /// The database a <c>--db</c> value names (a file path or a PostgreSQL connection string), with the archive's schema
    /// brought up to date. Without <paramref name="create"/> an archive that is not there is an error, not a new one.
    /// </summary>
    public static ArchiveDatabase For(string db, bool create = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        using (ArchiveOpener.Open(db, create))
        {
        }
        if (ArchiveOpener.IsPostgres(db))
        {
            var builder = new NpgsqlConnectionStringBuilder(db);
            return new ArchiveDatabase(Engine.Postgres, db, $"PostgreSQL database {builder.Database} on {builder.Host}");
        }
        var sqlite = new SqliteConnectionStringBuilder { DataSource = db, DefaultTimeout = 30, Mode = SqliteOpenMode.ReadWrite };
        return new ArchiveDatabase(Engine.Sqlite, sqlite.ToString(), db);
    }

    /// <summary>An open connection (pooled), waiting up to 30 s for a writer to finish.</summary>
    public DbConnection Open()
    {
        DbConnection connection = Engine == Engine.Postgres ? new NpgsqlConnection(_connectionString) : new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            if (Engine == Engine.Sqlite)
                Sql.Run(connection, null, "PRAGMA busy_timeout = 30000");
            return connection;
        }
        catch (DbException e)
        {
            connection.Dispose();
            throw Failed(e);
        }
    }

    /// <summary>Reads on a connection of its own.</summary>
    public T Read<T>(Func<DbConnection, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var connection = Open();
        try
        {
            return work(connection);
        }
        catch (DbException e)
        {
            throw Failed(e);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction that no other write runs beside (here or on another server), and
    /// commits it; anything thrown rolls it back whole.
    /// </summary>
    public T Write<T>(Func<DbConnection, DbTransaction, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var connection = Open();
        try
        {
            // SQLite: BEGIN IMMEDIATE takes the write lock at once (a deferred transaction could fail at its first write).
            using var transaction = connection.BeginTransaction();
            if (Engine == Engine.Postgres)
                Sql.Run(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("@key", WriteLock));
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        }
        catch (DbException e)
        {
            throw Failed(e);
        }
    }

    /// <summary>Applies the migrations embedded in <paramref name="assembly"/> under <c>{folder}.{Engine}.</c>, recorded in <paramref name="versionTable"/>.</summary>
    public void Migrate(Assembly assembly, string folder, string versionTable)
    {
        using var connection = Open();
        try
        {
            if (Engine == Engine.Postgres)
                Sql.Run(connection, null, "SELECT pg_advisory_lock(@key)", ("@key", MigrationLock));
            new Migrations(assembly, $"{folder}.{Engine}.", versionTable).Apply(connection);
            if (Engine == Engine.Postgres)
                Sql.Run(connection, null, "SELECT pg_advisory_unlock(@key)", ("@key", MigrationLock));
        }
        catch (DbException e)
        {
            throw Failed(e);
        }
    }

    private ArchiveException Failed(DbException e) => new($"{Name}: {e.Message}", e);
}
