using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive.Checks;

/// <summary>What <see cref="ArchiveCheck"/> found: the counts it went over, and every problem in words (none when sound).</summary>
public sealed record ArchiveCheckReport(long Documents, long Questions, long Versions, IReadOnlyList<string> Problems);

/// <summary>
/// Checks that an archive is whole, as <c>parlqa check</c> does: the engine's own integrity check (SQLite's file and
/// full-text index checks), every stored document's question rows as its JSON has them and each question's index
/// entries present (and none without a question), and every document's history in order — its current version
/// recorded, every earlier one's text kept. It changes nothing, but it is not read-only: SQLite's full-text index check
/// is FTS5's 'integrity-check' command, which is written as an INSERT, so for that step it takes the archive's write lock
/// (a served archive's writers wait for it) and needs a writable file. Fast enough to run on a served archive.
/// </summary>
public static class ArchiveCheck
{
    /// <summary>Problems of one kind listed at most this many times (then counted).</summary>
    private const int Listed = 20;

    /// <summary>The SQLite archive's two full-text tables: stems with positions, reversed stems.</summary>
    private static readonly string[] FullTextTables = ["search", "search_parts"];

    public static ArchiveCheckReport Run(ArchiveDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Read(connection =>
        {
            var problems = new List<string>();
            if (database.Engine == Engine.Sqlite)
                SqliteIntegrity(connection, problems);
            var json = database.Engine == Engine.Sqlite ? "json_array_length(d.json, '$.questions')" : "json_array_length((d.json::json)->'questions')";
            Report(problems, connection, $"""
                SELECT n.id || ': ' || CAST(n.stored AS TEXT) || ' question rows, its JSON has ' || CAST(n.expected AS TEXT) FROM (
                    SELECT d.id AS id, COALESCE({json}, 0) AS expected, (SELECT COUNT(*) FROM questions q WHERE q.document_id = d.id) AS stored FROM documents d
                ) n WHERE n.expected <> n.stored ORDER BY n.id
                """, "a document's questions are not all stored");
            if (database.Engine == Engine.Sqlite)
            {
                foreach (var table in FullTextTables)
                {
                    Report(problems, connection, $"SELECT q.document_id || '#' || q.question_id FROM questions q WHERE NOT EXISTS (SELECT 1 FROM {table} s WHERE s.rowid = q.id) ORDER BY q.id",
                        $"a question has no entry in the full-text index ({table})");
                    Report(problems, connection, $"SELECT CAST(s.rowid AS TEXT) FROM {table} s WHERE NOT EXISTS (SELECT 1 FROM questions q WHERE q.id = s.rowid) ORDER BY s.rowid",
                        $"an entry of the full-text index ({table}) has no question");
                }
            }
            Versions(connection, problems);
            long Count(string sql) => Convert.ToInt64(Sql.Scalar(connection, null, sql), CultureInfo.InvariantCulture);
            return new ArchiveCheckReport(Count("SELECT COUNT(*) FROM documents"), Count("SELECT COUNT(*) FROM questions"), Count("SELECT COUNT(*) FROM document_versions"), problems);
        });
    }

    /// <summary>SQLite's own checks: the file's pages and indexes, foreign keys, and both full-text indexes' structure
    /// (FTS5 checks an index through an INSERT of the command 'integrity-check': a write statement that writes nothing).</summary>
    private static void SqliteIntegrity(DbConnection connection, List<string> problems)
    {
        var integrity = Sql.Rows(connection, null, "PRAGMA integrity_check", r => r.GetString(0));
        if (integrity is not ["ok"])
            problems.AddRange(integrity.Take(Listed).Select(p => "integrity: " + p));
        Report(problems, connection, "SELECT \"table\" || ' row ' || CAST(rowid AS TEXT) || ' names a missing ' || parent FROM pragma_foreign_key_check", "a row refers to one that is not there");
        foreach (var table in FullTextTables)
        {
            try
            {
                Sql.Run(connection, null, $"INSERT INTO {table} ({table}) VALUES ('integrity-check')");
            }
            catch (DbException e)
            {
                problems.Add($"the full-text index {table} is damaged: {e.Message}");
            }
        }
    }

    /// <summary>Every document's history: its last version is the current one (its text in the documents row, the same
    /// hash); every earlier version keeps its text; a document not in the archive was recorded as removed.</summary>
    private static void Versions(DbConnection connection, List<string> problems)
    {
        const string Last = "(SELECT MAX(version) FROM document_versions m WHERE m.document_id = v.document_id)";
        Report(problems, connection, $"""
            SELECT d.id FROM documents d WHERE NOT EXISTS (
                SELECT 1 FROM document_versions v WHERE v.document_id = d.id AND v.version = {Last} AND v.json IS NULL AND v.change <> 'removed' AND v.sha256 = d.sha256)
            ORDER BY d.id
            """, "a document's current version is not the last in its history");
        Report(problems, connection, $"""
            SELECT v.document_id || ' version ' || CAST(v.version AS TEXT) FROM document_versions v
            WHERE v.json IS NULL AND v.change <> 'removed' AND (v.version <> {Last} OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id))
            ORDER BY v.document_id, v.version
            """, "an earlier version's text is not kept");
        Report(problems, connection, $"""
            SELECT DISTINCT v.document_id FROM document_versions v
            WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = v.document_id)
              AND NOT EXISTS (SELECT 1 FROM document_versions r WHERE r.document_id = v.document_id AND r.change = 'removed' AND r.version = {Last.Replace("v.document_id", "r.document_id", StringComparison.Ordinal)})
            ORDER BY v.document_id
            """, "a document left the archive without its removal recorded");
    }

    /// <summary>Adds "what: first, second, … (and N more)" when the query finds anything.</summary>
    private static void Report(List<string> problems, DbConnection connection, string sql, string what)
    {
        var found = Sql.Rows(connection, null, sql, r => r.GetString(0));
        if (found.Count == 0)
            return;
        var more = found.Count > Listed ? $" (and {found.Count - Listed} more)" : "";
        problems.Add($"{what}: {string.Join(", ", found.Take(Listed))}{more}");
    }
}
