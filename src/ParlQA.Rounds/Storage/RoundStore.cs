using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>
/// Rounds in the archive's SQLite file. Every change is a read, a step of <see cref="RoundProcedure"/> and a
/// write inside one write-locked transaction (BEGIN IMMEDIATE), so changes made at the same moment are applied
/// one after the other: none is lost, and submission ids stay unique and without gaps.
/// </summary>
public sealed class RoundStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _connectionString;

    public RoundStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        new Migrations(typeof(RoundStore).Assembly, "ParlQA.Rounds.Migrations.", "rounds_schema_version").Apply(connection);
    }

    public Round? Find(string id)
    {
        using var connection = Open();
        return Scalar(connection, "SELECT json FROM rounds WHERE id = $id", ("$id", id)) is string json ? Deserialize(json) : null;
    }

    /// <summary>Every round, newest first.</summary>
    public IReadOnlyList<Round> All()
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT json FROM rounds ORDER BY seq DESC");
        using var reader = command.ExecuteReader();
        var rounds = new List<Round>();
        while (reader.Read())
            rounds.Add(Deserialize(reader.GetString(0)));
        return rounds;
    }

    /// <summary>Creates a round with the next id ("r12").</summary>
    public Round Add(Func<string, Round> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return Locked(connection =>
        {
            long seq = Convert.ToInt64(Scalar(connection, "SELECT COALESCE(MAX(seq), 0) + 1 FROM rounds"), CultureInfo.InvariantCulture);
            var round = create("r" + seq.ToString(CultureInfo.InvariantCulture));
            Run(connection, "INSERT INTO rounds (id, seq, committee, ministry, state, due_on, version, json) VALUES ($id, $seq, $committee, $ministry, $state, $due, $version, $json)",
                ("$id", round.Id), ("$seq", seq), ("$committee", round.Committee), ("$ministry", round.Ministry), ("$state", round.State.ToString()),
                ("$due", round.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$version", round.Version), ("$json", Serialize(round)));
            return round;
        });
    }

    /// <summary>Applies <paramref name="step"/> to the stored round and stores the result, as one locked transaction.</summary>
    public Round Change(string id, Func<Round, Round> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Locked(connection =>
        {
            var current = Scalar(connection, "SELECT json FROM rounds WHERE id = $id", ("$id", id)) is string json
                ? Deserialize(json)
                : throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no round '{id}'"));
            var next = step(current);
            Run(connection, "UPDATE rounds SET state = $state, due_on = $due, version = $version, json = $json WHERE id = $id",
                ("$id", id), ("$state", next.State.ToString()), ("$due", next.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("$version", next.Version), ("$json", Serialize(next)));
            return next;
        });
    }

    /// <summary>The database connection for the accounts kept beside the rounds.</summary>
    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = Command(connection, "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000;");
        pragma.ExecuteNonQuery();
        return connection;
    }

    private T Locked<T>(Func<SqliteConnection, T> work)
    {
        using var connection = Open();
        Run(connection, "BEGIN IMMEDIATE");
        try
        {
            var result = work(connection);
            Run(connection, "COMMIT");
            return result;
        }
        catch
        {
            Run(connection, "ROLLBACK");
            throw;
        }
    }

    private static string Serialize(Round round) => JsonSerializer.Serialize(round, Json);

    private static Round Deserialize(string json) => JsonSerializer.Deserialize<Round>(json, Json)!;

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    internal static void Run(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }
}
