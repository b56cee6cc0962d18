using Microsoft.Data.Sqlite;
using ParlQA.Archive.Register;
using ParlQA.Archive.Search;
using ParlQA.Model;

namespace ParlQA.Archive.Sqlite;

/// <summary>What documents promise and whom they cite, in the SQLite archive: the commitments register and the citation links.</summary>
internal sealed class SqliteLinks(SqliteCommands commands)
{
    public IReadOnlyList<RegisteredCommitment> Commitments(string? ministry)
    {
        using var command = commands.Command("""
            SELECT c.id, c.document_id, c.answer_id, c.text, c.due_hint, c.due_date, COALESCE(d.answered_by, d.addressees), d.answered_on, c.fulfilled_by, c.answer_ids
            FROM commitments c JOIN documents d ON d.id = c.document_id
            WHERE $ministry IS NULL OR d.answered_by LIKE '%' || $ministry || '%' OR d.addressees LIKE '%' || $ministry || '%'
            ORDER BY d.answered_on, c.id
            """, null, ("$ministry", ministry));
        using var reader = command.ExecuteReader();
        return CommitmentRows.Read(reader);
    }

    public bool MarkFulfilled(long commitmentId, string documentId, Actor by) =>
        CommitmentLedger.MarkFulfilled(commands.Connection, commitmentId, documentId, by, DateTimeOffset.UtcNow);

    public IReadOnlyList<CommitmentChange> CommitmentChanges(long? commitmentId, int limit) =>
        CommitmentLedger.Changes(commands.Connection, commitmentId, limit);

    public IReadOnlyList<string> CitedBy(QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (sql, parameters) = CitationQueries.CitedBy(document, SqlFilters.Dialect.Sqlite);
        using var command = commands.Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

    public string? Resolve(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Number is null)
            return null;
        var (sql, parameters) = CitationQueries.Resolve(citation, SqlFilters.Dialect.Sqlite);
        return commands.Scalar(sql, null, parameters) as string;
    }
}
