using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive.Register;

/// <summary>
/// Status changes of the commitments register, in the same SQL for both engines: marking one kept writes the new status
/// and its history entry in one transaction, so the register never shows a status without who set it. The history is
/// keyed by (document, text), which outlive the commitment's row when its document is stored again.
/// </summary>
internal static class CommitmentLedger
{
    /// <summary>Marks the commitment kept by <paramref name="documentId"/>; false when there is no such commitment.
    /// Marking it again with the same document changes nothing and records nothing.</summary>
    public static bool MarkFulfilled(DbConnection connection, long commitmentId, string documentId, Actor by, DateTimeOffset now)
    {
        using var transaction = connection.BeginTransaction();
        var current = Sql.Rows(connection, transaction, "SELECT document_id, text, due_date, fulfilled_by FROM commitments WHERE id = @id",
            r => (Document: r.GetString(0), Text: r.GetString(1), Due: r.Text(2), FulfilledBy: r.Text(3)), ("@id", commitmentId));
        if (current.Count == 0)
            return false;
        var (document, text, due, fulfilledBy) = current[0];
        if (fulfilledBy == documentId)
            return true;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var from = new RegisteredCommitment(commitmentId, document, "", text, null,
            due is null ? null : DateOnly.Parse(due, CultureInfo.InvariantCulture), null, null, fulfilledBy).Status(today);
        Sql.Run(connection, transaction, "UPDATE commitments SET fulfilled_by = @doc, fulfilled_on = @on WHERE id = @id",
            ("@doc", documentId), ("@on", Rows.Date(today)), ("@id", commitmentId));
        Sql.Run(connection, transaction, """
            INSERT INTO commitment_changes (document_id, text, at, via, account, from_status, to_status, fulfilled_by)
            VALUES (@doc, @text, @at, @via, @account, @from, 'fulfilled', @by)
            """, ("@doc", document), ("@text", text), ("@at", Sql.Timestamp(now)), ("@via", by.Via), ("@account", by.Account),
            ("@from", from), ("@by", documentId));
        transaction.Commit();
        return true;
    }

    /// <summary>The changes of one commitment (oldest first), or of the whole register (newest first, up to <paramref name="limit"/>).</summary>
    public static IReadOnlyList<CommitmentChange> Changes(DbConnection connection, long? commitmentId, int limit)
    {
        var (where, order) = commitmentId is null ? ("", "h.id DESC") : ("WHERE c.id = @id", "h.id");
        return Sql.Rows(connection, null, $"""
            SELECT c.id, h.document_id, h.text, h.at, h.via, h.account, h.from_status, h.to_status, h.fulfilled_by, h.id
            FROM commitment_changes h JOIN commitments c ON c.document_id = h.document_id AND c.text = h.text
            {where} ORDER BY {order} LIMIT @limit
            """, r => new CommitmentChange(r.GetInt64(0), r.GetString(1), r.GetString(2), Sql.ParseTimestamp(r.GetString(3)),
                new Actor(r.GetString(4), r.Text(5)), r.GetString(6), r.GetString(7), r.Text(8)) { Number = r.GetInt64(9) },
            commitmentId is { } id ? [("@id", id), ("@limit", limit)] : [("@limit", limit)]);
    }

    /// <summary>The answer ids column: every answer making the promise, space-separated (ids hold no spaces).</summary>
    public static string AnswerIds(Model.Commitment commitment) =>
        string.Join(' ', commitment.AnswerIds.Count > 0 ? commitment.AnswerIds : [commitment.AnswerId]);
}
