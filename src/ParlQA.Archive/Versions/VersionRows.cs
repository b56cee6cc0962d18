using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive.Versions;

/// <summary>
/// The versions of documents, in the same SQL for both engines. The current version's JSON is its <c>documents</c>
/// row's (a version row's json is null while it is current); when a version is replaced or removed its JSON moves
/// into its version row, so storing a new document writes one small row more, not its text twice.
/// </summary>
internal static class VersionRows
{
    /// <summary>Adds the next version of document <c>@id</c>.</summary>
    public const string Insert = """
        INSERT INTO document_versions (document_id, version, change, sha256, at, via, account, restored_from, reason)
        VALUES (@id, (SELECT COALESCE(MAX(version), 0) + 1 FROM document_versions WHERE document_id = @id), @change, @sha, @at, @via, @account, @from, @reason)
        """;

    /// <summary>Keeps the current version's JSON in its version row, before its documents row is replaced or removed.</summary>
    public const string Retire = """
        UPDATE document_versions SET json = (SELECT json FROM documents WHERE id = @id)
        WHERE document_id = @id AND version = (SELECT MAX(version) FROM document_versions WHERE document_id = @id)
        """;

    /// <summary>The parameters of <see cref="Insert"/>.</summary>
    public static (string Name, object? Value)[] Next(string id, VersionChange change, string? sha256, Actor by, int? restoredFrom = null, string? reason = null) =>
        [("@id", id), ("@change", Name(change)), ("@sha", sha256), ("@at", Sql.Timestamp(DateTimeOffset.UtcNow)), ("@via", by.Via),
         ("@account", by.Account), ("@from", restoredFrom), ("@reason", reason)];

    public static IReadOnlyList<DocumentVersion> History(DbConnection connection, string id)
    {
        var versions = Sql.Rows(connection, null, """
            SELECT version, change, sha256, at, via, account, restored_from, reason, CASE WHEN json IS NULL THEN 1 ELSE 0 END
            FROM document_versions WHERE document_id = @id ORDER BY version
            """, r => new DocumentVersion(id, Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Parse(r.GetString(1)),
                Sql.ParseTimestamp(r.GetString(3)), new Actor(r.GetString(4), r.Text(5)))
            {
                Sha256 = r.Text(2),
                RestoredFrom = r.IsDBNull(6) ? null : Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
                Reason = r.Text(7),
                Current = Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture) == 1 && r.GetString(1) != "removed",
            }, ("@id", id));
        return versions;
    }

    /// <summary>The JSON of version <paramref name="version"/> (null for a removal or a version there is not).</summary>
    public static string? Json(DbConnection connection, DbTransaction? transaction, string id, int version) =>
        Sql.Scalar(connection, transaction, """
            SELECT COALESCE(v.json, d.json) FROM document_versions v LEFT JOIN documents d ON d.id = v.document_id
            WHERE v.document_id = @id AND v.version = @version AND v.change <> 'removed'
            """, ("@id", id), ("@version", version)) as string;

    /// <summary>Commitments marked kept, by (answer, text), so that a new version of their document keeps the marks.</summary>
    public static List<(string AnswerId, string Text, string By, string? On)> FulfilledMarks(DbConnection connection, DbTransaction transaction, string id) =>
        Sql.Rows(connection, transaction, "SELECT answer_id, text, fulfilled_by, fulfilled_on FROM commitments WHERE document_id = @id AND fulfilled_by IS NOT NULL",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3)), ("@id", id));

    public static void Remark(DbConnection connection, DbTransaction transaction, string id, IEnumerable<(string AnswerId, string Text, string By, string? On)> marks)
    {
        foreach (var (answerId, text, by, on) in marks)
        {
            Sql.Run(connection, transaction, "UPDATE commitments SET fulfilled_by = @by, fulfilled_on = @on WHERE document_id = @id AND answer_id = @aid AND text = @text",
                ("@by", by), ("@on", on), ("@id", id), ("@aid", answerId), ("@text", text));
        }
    }

    public static string Name(VersionChange change) => change.ToString().ToLowerInvariant();

    private static VersionChange Parse(string name) => Enum.Parse<VersionChange>(name, ignoreCase: true);
}
