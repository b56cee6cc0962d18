using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive;

/// <summary>
/// Schema changes as numbered SQL scripts embedded in this assembly (Migrations/&lt;Engine&gt;/0001_….sql),
/// applied in order, each in its own transaction, and recorded in <c>schema_version</c>. An archive written by
/// a newer ParlQA is refused with a clear message rather than misread. One runner for every engine.
/// </summary>
internal sealed class Migrations(string engine)
{
    private readonly string _prefix = $"ParlQA.Archive.Migrations.{engine}.";

    public IReadOnlyList<(int Version, string Name)> Scripts => typeof(Migrations).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(_prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (int.Parse(n[_prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), n))
        .OrderBy(s => s.Item1).ToList();

    public int Latest => Scripts[^1].Version;

    public void Apply(DbConnection connection)
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
        using var stream = typeof(Migrations).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
