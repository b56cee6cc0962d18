using Npgsql;

namespace ParlQA.Tests;

/// <summary>
/// A fresh place for an archive, for the storage suites: a SQLite file in a folder of its own, or a schema of its own
/// on the test PostgreSQL server (PARLQA_TEST_PG; CI starts one on loopback). Without a server, a PostgreSQL test
/// skips, saying why. Everything made is removed afterwards.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private const string DefaultServer = "Host=127.0.0.1;Username=parlqa;Password=parlqa;Database=parlqa_test;Timeout=3";

    private static readonly Lazy<string?> Server = new(FindServer);

    private readonly string? _folder;
    private readonly string? _schema;

    private TestDatabase(string db, string? folder, string? schema)
    {
        Db = db;
        _folder = folder;
        _schema = schema;
    }

    /// <summary>The <c>--db</c> value: the file's path, or a connection string whose search path is the test's schema.</summary>
    public string Db { get; }

    /// <summary>A path where no archive is yet.</summary>
    public static TestDatabase Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("parlqa-store-").FullName;
        return new TestDatabase(Path.Combine(folder, "archive.db"), folder, null);
    }

    /// <summary>An empty schema on the test server (the test is skipped when there is none).</summary>
    public static TestDatabase Postgres()
    {
        if (Server.Value is not { } server)
        {
            Assert.Skip("no PostgreSQL server: set PARLQA_TEST_PG, or run .ci/run, which starts one");
            throw new InvalidOperationException();
        }
        var schema = "t" + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE SCHEMA {schema}");
        return new TestDatabase($"{server};Search Path={schema}", null, schema);
    }

    private static string? FindServer()
    {
        var connectionString = Environment.GetEnvironmentVariable("PARLQA_TEST_PG") is { Length: > 0 } env ? env : DefaultServer;
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return connectionString;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_schema is not null && Server.Value is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server, $"DROP SCHEMA {_schema} CASCADE");
        }
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
