using Microsoft.Data.Sqlite;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The statements of one connection: built per call (with their parameters), or, for those run for every question
/// of an ingest, prepared once and kept until the archive is closed.
/// </summary>
internal sealed class SqliteCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>Runs a kept statement (prepared on first use) with these parameter values.</summary>
    public void CachedRun(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters) =>
        Cached(sql, transaction, parameters).ExecuteNonQuery();

    /// <summary>The first value of a kept statement (prepared on first use) with these parameter values.</summary>
    public object? CachedScalar(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters) =>
        Cached(sql, transaction, parameters).ExecuteScalar();

    private SqliteCommand Cached(string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    /// <summary>A statement on this connection; the caller disposes it.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters) =>
        Command(Connection, sql, transaction, parameters);

    /// <summary>A statement on <paramref name="connection"/>; the caller disposes it.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Run(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteScalar();
    }

    /// <summary>Runs SQL without parameters (pragmas, schema) on <paramref name="connection"/>.</summary>
    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
            command.Dispose();
        _prepared.Clear();
    }
}
