using System.Globalization;
using Npgsql;
using ParlQA.Archive.Register;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// The rows of documents not stored yet, written together: one INSERT per table from arrays (unnest), the five sent
/// in one round trip. Each question used to be an INSERT of its own, a round trip and a statement to parse each
/// (541 pairs/s at 10,000 pairs). The rows are the same and in the same order: question and commitment ids follow
/// the documents as added, each question's vector made by the server from the same texts (<see cref="PostgresIndex.Vector"/>).
/// </summary>
internal sealed class NewRows(WordForms forms, Actor by)
{
    /// <summary>Questions held before they are written: a round trip of a few megabytes.</summary>
    private const int MostQuestions = 1000;

    private readonly List<(QaDocument Document, string Json, VersionChange Change, int? RestoredFrom, string? Reason)> _documents = [];
    private int _questions;

    /// <summary>Whether the rows held should be written before more are added.</summary>
    public bool Full => _questions >= MostQuestions;

    /// <summary>Holds a document's rows; a document's id is held once at most (the caller writes before it comes again).</summary>
    public void Add(QaDocument document, string json, VersionChange change = VersionChange.Added, int? restoredFrom = null, string? reason = null)
    {
        _documents.Add((document, json, change, restoredFrom, reason));
        _questions += document.Questions.Count;
    }

    /// <summary>Writes the rows held, in the connection's transaction, and forgets them.</summary>
    public void Write(NpgsqlConnection connection)
    {
        if (_documents.Count == 0)
            return;
        using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Documents());
        batch.BatchCommands.Add(Questions());
        batch.BatchCommands.Add(Commitments());
        batch.BatchCommands.Add(Citations());
        batch.BatchCommands.Add(Versions());
        batch.ExecuteNonQuery();
        _documents.Clear();
        _questions = 0;
    }

    private NpgsqlBatchCommand Documents()
    {
        var now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var d = _documents.Select(e => e.Document).ToList();
        return Insert("""
            INSERT INTO documents (id, sha256, kind, session, dossier, number, committee, addressees, asked_by, answered_by, submitted_on, answered_on, subject, title, json, ingested_at)
            SELECT * FROM unnest(@id, @sha, @kind, @session, @dossier, @number, @committee, @addressees, @asked, @answeredBy, @submitted, @answered, @subject, @title, @json, @now)
            """,
            ("id", d.Select(x => x.Id).ToArray()), ("sha", d.Select(x => x.Source?.Sha256 ?? "").ToArray()), ("kind", d.Select(x => Rows.KindName(x.Kind)).ToArray()),
            ("session", d.Select(x => x.Session).ToArray()), ("dossier", d.Select(x => x.Dossier).ToArray()), ("number", d.Select(x => x.Number).ToArray()),
            ("committee", d.Select(x => x.Committee).ToArray()), ("addressees", d.Select(x => string.Join("; ", x.Addressees)).ToArray()),
            ("asked", d.Select(Rows.AskedBy).ToArray()), ("answeredBy", d.Select(x => x.AnsweredBy).ToArray()),
            ("submitted", d.Select(x => Rows.Date(x.SubmittedOn)).ToArray()), ("answered", d.Select(x => Rows.Date(x.AnsweredOn)).ToArray()),
            ("subject", d.Select(x => x.Subject).ToArray()), ("title", d.Select(x => x.Title).ToArray()), ("json", _documents.Select(e => e.Json).ToArray()),
            ("now", d.Select(_ => now).ToArray()));
    }

    private NpgsqlBatchCommand Questions()
    {
        var rows = new List<(string Doc, string Id, int Position, string? Label, string Text, string? AnswerId, string? AnswerText, string Q, string A, string Qr, string Ar)>();
        foreach (var document in _documents.Select(e => e.Document))
        {
            var answers = document.Answers.ToDictionary(a => a.Id);
            int position = 0;
            foreach (var question in document.Questions)
            {
                var answer = question.AnswerId is { } aid && answers.TryGetValue(aid, out var found) ? found : null;
                var (q, a, qr, ar) = PostgresIndex.Texts(question.Text, answer?.Text ?? "", forms);
                rows.Add((document.Id, question.Id, position++, question.Label, question.Text, answer?.Id, answer?.Text, q, a, qr, ar));
            }
        }
        return Insert($"""
            INSERT INTO questions (document_id, question_id, position, label, text, answer_id, answer_text, search)
            SELECT doc, qid, pos, label, text, aid, atext, {PostgresIndex.VectorOf("q", "a", "qr", "ar")}
            FROM unnest(@doc, @qid, @pos, @label, @text, @aid, @atext, @q, @a, @qr, @ar) WITH ORDINALITY AS t(doc, qid, pos, label, text, aid, atext, q, a, qr, ar, n)
            ORDER BY n
            """,
            ("doc", rows.Select(r => r.Doc).ToArray()), ("qid", rows.Select(r => r.Id).ToArray()), ("pos", rows.Select(r => r.Position).ToArray()),
            ("label", rows.Select(r => r.Label).ToArray()), ("text", rows.Select(r => r.Text).ToArray()), ("aid", rows.Select(r => r.AnswerId).ToArray()),
            ("atext", rows.Select(r => r.AnswerText).ToArray()), ("q", rows.Select(r => r.Q).ToArray()), ("a", rows.Select(r => r.A).ToArray()),
            ("qr", rows.Select(r => r.Qr).ToArray()), ("ar", rows.Select(r => r.Ar).ToArray()));
    }

    private NpgsqlBatchCommand Commitments()
    {
        var c = _documents.SelectMany(e => e.Document.Commitments.Select(c => (e.Document.Id, Commitment: c))).ToList();
        return Insert("""
            INSERT INTO commitments (document_id, answer_id, answer_ids, text, due_hint, due_date)
            SELECT doc, aid, aids, text, hint, due FROM unnest(@doc, @aid, @aids, @text, @hint, @due) WITH ORDINALITY AS t(doc, aid, aids, text, hint, due, n) ORDER BY n
            """,
            ("doc", c.Select(x => x.Id).ToArray()), ("aid", c.Select(x => x.Commitment.AnswerId).ToArray()),
            ("aids", c.Select(x => CommitmentLedger.AnswerIds(x.Commitment)).ToArray()), ("text", c.Select(x => x.Commitment.Text).ToArray()),
            ("hint", c.Select(x => x.Commitment.DueHint).ToArray()), ("due", c.Select(x => Rows.Date(x.Commitment.DueDate)).ToArray()));
    }

    private NpgsqlBatchCommand Citations()
    {
        var c = _documents.SelectMany(e => e.Document.Citations.Select(c => (e.Document.Id, Citation: c))).ToList();
        return Insert("""
            INSERT INTO citations (document_id, kind, dossier, number, session, text)
            SELECT * FROM unnest(@doc, @kind, @dossier, @nr, @session, @text)
            """,
            ("doc", c.Select(x => x.Id).ToArray()), ("kind", c.Select(x => x.Citation.Kind.ToString().ToLowerInvariant()).ToArray()),
            ("dossier", c.Select(x => x.Citation.Dossier).ToArray()), ("nr", c.Select(x => x.Citation.Number).ToArray()),
            ("session", c.Select(x => x.Citation.Session).ToArray()), ("text", c.Select(x => x.Citation.Text).ToArray()));
    }

    /// <summary>Each document's next version: the first, or the one after its last (a document removed and added again).</summary>
    private NpgsqlBatchCommand Versions()
    {
        var at = Sql.Timestamp(DateTimeOffset.UtcNow);
        return Insert("""
            INSERT INTO document_versions (document_id, version, change, sha256, at, via, account, restored_from, reason)
            SELECT t.id, (SELECT COALESCE(MAX(v.version), 0) + 1 FROM document_versions v WHERE v.document_id = t.id), t.change, t.sha, t.at, t.via, t.account, t.restored, t.reason
            FROM unnest(@id, @change, @sha, @at, @via, @account, @restored, @reason) AS t(id, change, sha, at, via, account, restored, reason)
            """,
            ("id", _documents.Select(e => e.Document.Id).ToArray()), ("change", _documents.Select(e => VersionRows.Name(e.Change)).ToArray()),
            ("sha", _documents.Select(e => e.Document.Source?.Sha256 ?? "").ToArray()), ("at", _documents.Select(_ => at).ToArray()),
            ("via", _documents.Select(_ => by.Via).ToArray()), ("account", _documents.Select(_ => by.Account).ToArray()),
            ("restored", _documents.Select(e => e.RestoredFrom).ToArray()), ("reason", _documents.Select(e => e.Reason).ToArray()));
    }

    private static NpgsqlBatchCommand Insert(string sql, params (string Name, object Values)[] columns)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, values) in columns)
            command.Parameters.AddWithValue(name, values);
        return command;
    }
}
