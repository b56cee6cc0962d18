using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Schema changes as numbered SQL scripts embedded in this assembly (Migrations/Sqlite/0001_….sql), applied
/// in order, each in its own transaction, and recorded in <c>schema_version</c>. An archive written by a newer
/// ParlQA is refused with a clear message rather than misread.
/// </summary>
internal static class SqliteMigrations
{
    private const string Prefix = "ParlQA.Archive.Migrations.Sqlite.";

    public static IReadOnlyList<(int Version, string Name)> Scripts { get; } = typeof(SqliteMigrations).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (int.Parse(n[Prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), n))
        .OrderBy(s => s.Item1).ToList();

    public static int Latest => Scripts[^1].Version;

    public static void Apply(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int current = Convert.ToInt32(Scalar(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (current > Latest)
            throw new ArchiveException($"the archive has schema version {current}, newer than this parlqa knows ({Latest}): upgrade parlqa to open it");
        foreach (var (version, name) in Scripts.Where(s => s.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Read(name), transaction);
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({version})", transaction);
            transaction.Commit();
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(SqliteMigrations).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
