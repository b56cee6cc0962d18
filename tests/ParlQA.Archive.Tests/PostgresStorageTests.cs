using Npgsql;
using ParlQA.Archive.Postgres;

namespace ParlQA.Archive.Tests;

/// <summary>
/// The storage suite on PostgreSQL, each test in a schema of its own. The server comes from PARLQA_TEST_PG
/// (CI starts one on loopback); without one the tests skip, saying why.
/// </summary>
public sealed class PostgresStorageTests : StorageSuite
{
    private const string DefaultServer = "Host=127.0.0.1;Username=parlqa;Password=parlqa;Database=parlqa_test;Timeout=3";

    private static readonly Lazy<string?> Server = new(FindServer);

    private readonly string _schema = "t" + Guid.NewGuid().ToString("N")[..12];

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

    protected override IArchive OpenEmpty()
    {
        if (Server.Value is not { } server)
        {
            Assert.Skip("no PostgreSQL server: set PARLQA_TEST_PG, or run .ci/run, which starts one");
            throw new InvalidOperationException();
        }
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {_schema}", connection);
            command.ExecuteNonQuery();
        }
        _created = true;
        return PostgresArchive.Open($"{server};Search Path={_schema}");
    }

    protected override Official.IOfficialRecord OpenOfficial()
    {
        _ = Archive;
        return ArchiveOpener.OpenOfficial($"{Server.Value};Search Path={_schema}");
    }

    protected override ArchiveDatabase OpenDatabase()
    {
        _ = Archive;
        return ArchiveDatabase.For($"{Server.Value};Search Path={_schema}");
    }

    private bool _created;

    protected override void Cleanup()
    {
        if (!_created || Server.Value is not { } server)
            return;
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
