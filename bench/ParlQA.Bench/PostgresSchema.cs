using Npgsql;

namespace ParlQA.Bench;

/// <summary>A schema of its own on a PostgreSQL server for one bench run, dropped (with all it holds) at the end.</summary>
internal sealed class PostgresSchema : IDisposable
{
    private readonly string _server;
    private readonly string _name = "bench_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresSchema(string server)
    {
        _server = server;
        Execute($"CREATE SCHEMA {_name}");
    }

    /// <summary>The server's connection string with this schema as the search path.</summary>
    public string ConnectionString => $"{_server};Search Path={_name}";

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA {_name} CASCADE");
    }
}
