using Npgsql;

namespace ParlQA.Sync.Tests;

/// <summary>The PostgreSQL server of the tests (PARLQA_TEST_PG, as CI sets it), or null when there is none.</summary>
internal static class TestPostgres
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        if (Environment.GetEnvironmentVariable("PARLQA_TEST_PG") is not { Length: > 0 } server)
            return null;
        try
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            return server;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return null;
        }
    });

    public static string? Server => Found.Value;

    public static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
