using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive;

/// <summary>One administrative action: who (and by which way) did what to what, when.</summary>
public sealed record AuditRecord(DateTimeOffset At, Actor By, string Action, string? Target = null, string? Detail = null)
{
    public long Id { get; init; }
}

/// <summary>
/// The administrative actions taken on an archive — accounts made, disabled, enabled, removed, their passwords reset
/// and tokens rotated, document versions restored, backups made — kept in the archive's database, newest first for
/// the admin. Entries are only ever added.
/// </summary>
public sealed class AuditLog(ArchiveDatabase database)
{
    /// <summary>Records an action in its own transaction.</summary>
    public void Record(AuditRecord record) => database.Write((connection, transaction) =>
    {
        Record(connection, transaction, record);
        return 0;
    });

    /// <summary>Records an action inside the caller's transaction, so that the action and its record stand or fall together.</summary>
    public static void Record(DbConnection connection, DbTransaction transaction, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Sql.Run(connection, transaction, "INSERT INTO audit_log (at, via, account, action, target, detail) VALUES (@at, @via, @account, @action, @target, @detail)",
            ("@at", Sql.Timestamp(record.At)), ("@via", record.By.Via), ("@account", record.By.Account), ("@action", record.Action),
            ("@target", record.Target), ("@detail", record.Detail));
    }

    /// <summary>The latest <paramref name="limit"/> records, newest first; <paramref name="before"/> (an id) pages back.</summary>
    public IReadOnlyList<AuditRecord> Recent(int limit = 100, long? before = null) => database.Read(connection =>
        Sql.Rows(connection, null, """
            SELECT id, at, via, account, action, target, detail FROM audit_log
            WHERE CAST(@before AS BIGINT) IS NULL OR id < CAST(@before AS BIGINT) ORDER BY id DESC LIMIT @limit
            """, r => new AuditRecord(Sql.ParseTimestamp(r.GetString(1)), new Actor(r.GetString(2), r.Text(3)), r.GetString(4), r.Text(5), r.Text(6))
            {
                Id = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
            }, ("@before", before), ("@limit", limit)));
}
