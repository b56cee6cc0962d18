using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive;

/// <summary>
/// Schema changes as numbered SQL scripts embedded in this assembly (Migrations/&lt;Engine&gt;/0001_….sql),
/// applied in order, each in its own transaction, and recorded in <c>schema_version</c>. An archive written by
/// a newer ParlQA is refused with a clear message rather than misread. One runner for every engine.
/// </summary>
public sealed class Migrations(System.Reflection.Assembly assembly, string resourcePrefix, string versionTable = "schema_version")
{
    /// <summary>The archive's own migrations for an engine ("Sqlite", "Postgres").</summary>
    internal Migrations(string engine) : this(typeof(Migrations).Assembly, $"ParlQA.Archive.Migrations.{engine}.")
    {
    }

    private readonly string _prefix = resourcePrefix;

    public IReadOnlyList<(int Version, string Name)> Scripts => assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(_prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (int.Parse(n[_prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), n))
        .OrderBy(s => s.Item1).ToList();

    public int Latest => Scripts[^1].Version;

    public void Apply(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Execute(connection, $"CREATE TABLE IF NOT EXISTS {versionTable} (version INTEGER NOT NULL)");
        int current = Convert.ToInt32(Scalar(connection, $"SELECT COALESCE(MAX(version), 0) FROM {versionTable}"), CultureInfo.InvariantCulture);
        if (current > Latest)
            throw new ArchiveException($"the archive has schema version {current}, newer than this parlqa knows ({Latest}): upgrade parlqa to open it");
        foreach (var (version, name) in Scripts.Where(s => s.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Read(name), transaction);
            Execute(connection, $"INSERT INTO {versionTable} (version) VALUES ({version})", transaction);
            transaction.Commit();
        }
    }

    private string Read(string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
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
