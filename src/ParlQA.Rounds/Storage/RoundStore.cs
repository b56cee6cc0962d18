using System.Globalization;
using System.Text.Json;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Storage;

/// <summary>
/// Rounds in the archive's own database (its SQLite file, or its PostgreSQL database, so that every web server sees
/// the same rounds). Every change is a read, a step of <see cref="RoundProcedure"/> and a write inside one
/// transaction that no other write runs beside, so changes made at the same moment are applied one after the other:
/// none is lost, and submission ids stay unique and without gaps.
/// </summary>
public sealed class RoundStore
{
    /// <summary>The rounds of the archive <paramref name="db"/> names (a SQLite file or a PostgreSQL connection string), made if it is not there.</summary>
    public RoundStore(string db)
        : this(ArchiveDatabase.For(db, create: true))
    {
    }

    /// <summary>The rounds of an archive's database; their tables are brought up to date.</summary>
    public RoundStore(ArchiveDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
        Migrate(database);
    }

    /// <summary>Brings the tables of rounds and accounts up to date (they have migrations of their own, beside the archive's).</summary>
    internal static ArchiveDatabase Migrate(ArchiveDatabase database)
    {
        database.Migrate(typeof(RoundStore).Assembly, "ParlQA.Rounds.Migrations", "rounds_schema_version");
        return database;
    }

    /// <summary>Where the rounds are kept; accounts and the audit log are kept there too.</summary>
    public ArchiveDatabase Database { get; }

    public Round? Find(string id) =>
        Database.Read(c => Sql.Scalar(c, null, "SELECT json FROM rounds WHERE id = @id", ("@id", id)) is string json ? Deserialize(json) : null);

    /// <summary>Every round, newest first.</summary>
    public IReadOnlyList<Round> All() =>
        Database.Read(c => Sql.Rows(c, null, "SELECT json FROM rounds ORDER BY seq DESC", r => Deserialize(r.GetString(0))));

    /// <summary>Creates a round with the next id ("r12").</summary>
    public Round Add(Func<string, Round> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return Database.Write((connection, transaction) =>
        {
            long seq = Convert.ToInt64(Sql.Scalar(connection, transaction, "SELECT COALESCE(MAX(seq), 0) + 1 FROM rounds"), CultureInfo.InvariantCulture);
            var round = create("r" + seq.ToString(CultureInfo.InvariantCulture));
            Sql.Run(connection, transaction, "INSERT INTO rounds (id, seq, committee, ministry, state, due_on, version, json) VALUES (@id, @seq, @committee, @ministry, @state, @due, @version, @json)",
                ("@id", round.Id), ("@seq", seq), ("@committee", round.Committee), ("@ministry", round.Ministry), ("@state", round.State.ToString()),
                ("@due", Day(round.DueOn)), ("@version", round.Version), ("@json", Serialize(round)));
            return round;
        });
    }

    /// <summary>Applies <paramref name="step"/> to the stored round and stores the result, as one transaction.</summary>
    public Round Change(string id, Func<Round, Round> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return Database.Write((connection, transaction) =>
        {
            var current = Sql.Scalar(connection, transaction, "SELECT json FROM rounds WHERE id = @id", ("@id", id)) is string json
                ? Deserialize(json)
                : throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no round '{id}'"));
            var next = step(current);
            Sql.Run(connection, transaction, "UPDATE rounds SET state = @state, due_on = @due, version = @version, json = @json WHERE id = @id",
                ("@id", id), ("@state", next.State.ToString()), ("@due", Day(next.DueOn)), ("@version", next.Version), ("@json", Serialize(next)));
            return next;
        });
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Serialize(Round round) => JsonSerializer.Serialize(round, RoundJson.Default.Round);

    internal static Round Deserialize(string json) => JsonSerializer.Deserialize(json, RoundJson.Default.Round)!;
}
