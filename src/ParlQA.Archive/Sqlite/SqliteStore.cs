using System.Globalization;
using Microsoft.Data.Sqlite;
using ParlQA.Archive.Register;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Writes documents into the SQLite archive: the document row with its JSON, a row per question (and its
/// answer), commitments, citations, and each question's entry in the two full-text tables. A batch is one
/// transaction, so a crash leaves every document either wholly there or not there. Every change adds a version
/// (see <see cref="VersionRows"/>): a replaced or removed version's JSON is kept, with who or what replaced it.
/// </summary>
internal sealed class SqliteStore(SqliteCommands commands)
{
    /// <summary>The forms of words this archive has written to its index of forms (or found there).</summary>
    private readonly WordForms _forms = new();

    /// <summary>Documents prepared together while the part before them is written.</summary>
    private const int PreparedPart = 32;

    public IReadOnlyList<StoreOutcome> Store(IReadOnlyList<QaDocument> documents, Actor by)
    {
        ArgumentNullException.ThrowIfNull(documents);
        try
        {
            return StoreAll(documents, by);
        }
        catch
        {
            // Forms taken for a batch that was not written must be written with the next.
            _forms.Forget();
            throw;
        }
    }

    private List<StoreOutcome> StoreAll(IReadOnlyList<QaDocument> documents, Actor by)
    {
        var outcomes = new List<StoreOutcome>(documents.Count);
        var indexRows = new List<(long RowId, IndexEntry Entry)>();
        using var transaction = commands.Connection.BeginTransaction();
        // Stemming and JSON of the next part of the batch run on another core while this part's rows are written.
        var parts = documents.Chunk(PreparedPart).ToList();
        var next = parts.Count > 0 ? Prepare(parts[0]) : null;
        for (int i = 0; i < parts.Count; i++)
        {
            var prepared = next!.GetAwaiter().GetResult();
            next = i + 1 < parts.Count ? Prepare(parts[i + 1]) : null;
            foreach (var document in prepared)
                outcomes.Add(StoreOne(document, transaction, indexRows, by));
        }
        // The index rows last: a statement with a statement journal (any insert with a constraint) makes FTS5
        // write out what it holds in memory, and one small segment per question made ingest three times slower.
        foreach (var (rowId, entry) in indexRows)
            Index(rowId, entry, transaction);
        transaction.Commit();
        return outcomes;
    }

    /// <summary>Makes version <paramref name="version"/> current again, as a new version.</summary>
    public StoreOutcome Restore(string id, int version, Actor by, string? reason)
    {
        var json = VersionRows.Json(commands.Connection, null, id, version)
            ?? throw new ArchiveException($"{id} has no version {version} to restore (parlqa history {id} lists them)");
        var indexRows = new List<(long RowId, IndexEntry Entry)>();
        try
        {
            using var transaction = commands.Connection.BeginTransaction();
            var outcome = StoreOne(PreparedDocument.Of(QaJson.Deserialize(json)!, _forms), transaction, indexRows, by, version, reason);
            foreach (var (rowId, entry) in indexRows)
                Index(rowId, entry, transaction);
            transaction.Commit();
            return outcome;
        }
        catch
        {
            _forms.Forget();
            throw;
        }
    }

    /// <summary>Takes a document out of the archive, its versions kept; false when it is not there.</summary>
    public bool Remove(string id, Actor by, string? reason)
    {
        using var transaction = commands.Connection.BeginTransaction();
        if (commands.Scalar("SELECT 1 FROM documents WHERE id = $id", transaction, ("$id", id)) is null)
            return false;
        commands.Run(VersionRows.Retire, transaction, ("@id", id));
        Delete(id, transaction);
        commands.Run(VersionRows.Insert, transaction, VersionRows.Next(id, VersionChange.Removed, null, by, reason: reason));
        transaction.Commit();
        return true;
    }

    private Task<PreparedDocument[]> Prepare(QaDocument[] part) => Task.Run(() => part.Select(d => PreparedDocument.Of(d, _forms)).ToArray());

    private void Index(long rowId, IndexEntry entry, SqliteTransaction transaction)
    {
        commands.CachedRun(IndexEntry.Insert, transaction, ("$row", rowId), ("$q", entry.QuestionWords), ("$a", entry.AnswerWords),
            ("$qr", entry.QuestionReversed), ("$ar", entry.AnswerReversed));
    }

    /// <summary>Stores one document: unchanged when its JSON is what is stored (the same file may come with new
    /// official metadata); else its new version, the one it replaces kept.</summary>
    private StoreOutcome StoreOne(PreparedDocument prepared, SqliteTransaction transaction, List<(long, IndexEntry)> indexRows, Actor by,
        int? restoredFrom = null, string? reason = null)
    {
        var document = prepared.Document;
        // Forms first: they were taken for this document whether or not it is written again.
        foreach (var (form, stem) in prepared.NewForms)
            commands.CachedRun(IndexEntry.InsertForm, transaction, ("$form", form), ("$stem", stem));
        var hash = document.Source?.Sha256 ?? "";
        var existing = commands.CachedScalar("SELECT json FROM documents WHERE id = $id", transaction, ("$id", document.Id)) as string;
        if (existing is not null && existing == prepared.Json)
            return StoreOutcome.Unchanged;
        var fulfilled = existing is null ? [] : VersionRows.FulfilledMarks(commands.Connection, transaction, document.Id);
        if (existing is not null)
        {
            commands.CachedRun(VersionRows.Retire, transaction, ("@id", document.Id));
            ForgetPendingIndexRows(document.Id, transaction, indexRows);
            Delete(document.Id, transaction);
        }

        commands.CachedRun("""
            INSERT INTO documents (id, sha256, kind, session, dossier, number, committee, addressees, asked_by, answered_by, submitted_on, answered_on, subject, title, json, ingested_at)
            VALUES ($id, $sha, $kind, $session, $dossier, $number, $committee, $addressees, $asked, $answeredBy, $submitted, $answered, $subject, $title, $json, $now)
            """, transaction,
            ("$id", document.Id), ("$sha", hash), ("$kind", Rows.KindName(document.Kind)), ("$session", document.Session), ("$dossier", document.Dossier),
            ("$number", document.Number), ("$committee", document.Committee), ("$addressees", string.Join("; ", document.Addressees)),
            ("$asked", Rows.AskedBy(document)),
            ("$answeredBy", document.AnsweredBy), ("$submitted", Rows.Date(document.SubmittedOn)), ("$answered", Rows.Date(document.AnsweredOn)),
            ("$subject", document.Subject), ("$title", document.Title), ("$json", prepared.Json), ("$now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        int position = 0;
        foreach (var (question, answer, entry) in prepared.Rows)
        {
            var rowId = (long)commands.CachedScalar("""
                INSERT INTO questions (document_id, question_id, position, label, text, answer_id, answer_text)
                VALUES ($doc, $qid, $pos, $label, $text, $aid, $atext) RETURNING id
                """, transaction, ("$doc", document.Id), ("$qid", question.Id), ("$pos", position++), ("$label", question.Label),
                ("$text", question.Text), ("$aid", answer?.Id), ("$atext", answer?.Text))!;
            indexRows.Add((rowId, entry));
        }
        foreach (var c in document.Commitments)
        {
            commands.CachedRun("INSERT INTO commitments (document_id, answer_id, answer_ids, text, due_hint, due_date) VALUES ($doc, $aid, $aids, $text, $hint, $due)", transaction,
                ("$doc", document.Id), ("$aid", c.AnswerId), ("$aids", CommitmentLedger.AnswerIds(c)), ("$text", c.Text), ("$hint", c.DueHint), ("$due", Rows.Date(c.DueDate)));
        }
        foreach (var c in document.Citations)
        {
            commands.CachedRun("INSERT INTO citations (document_id, kind, dossier, number, session, text) VALUES ($doc, $kind, $dossier, $nr, $session, $text)", transaction,
                ("$doc", document.Id), ("$kind", c.Kind.ToString().ToLowerInvariant()), ("$dossier", c.Dossier), ("$nr", c.Number), ("$session", c.Session), ("$text", c.Text));
        }
        VersionRows.Remark(commands.Connection, transaction, document.Id, fulfilled);
        var change = restoredFrom is not null ? VersionChange.Restored : existing is null ? VersionChange.Added : VersionChange.Replaced;
        commands.CachedRun(VersionRows.Insert, transaction, VersionRows.Next(document.Id, change, hash, by, restoredFrom, reason));
        return existing is null ? StoreOutcome.New : StoreOutcome.Updated;
    }

    /// <summary>
    /// A document stored twice in one batch (two files with the same id): the index rows of the copy it replaces are
    /// still waiting for the batch's end, so deleting its index entries finds none — they must not be written at all,
    /// or the index keeps entries of questions that are gone (search hits that lead nowhere).
    /// </summary>
    private void ForgetPendingIndexRows(string id, SqliteTransaction transaction, List<(long RowId, IndexEntry Entry)> indexRows)
    {
        if (indexRows.Count == 0)
            return;
        var replaced = new HashSet<long>();
        using (var select = commands.Command("SELECT id FROM questions WHERE document_id = $id", transaction, ("$id", id)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
                replaced.Add(reader.GetInt64(0));
        }
        indexRows.RemoveAll(row => replaced.Contains(row.RowId));
    }

    /// <summary>Removes a document with its questions, their index entries, commitments and citations.</summary>
    private void Delete(string id, SqliteTransaction transaction)
    {
        commands.Run("DELETE FROM search WHERE rowid IN (SELECT id FROM questions WHERE document_id = $id)", transaction, ("$id", id));
        commands.Run("DELETE FROM search_parts WHERE rowid IN (SELECT id FROM questions WHERE document_id = $id)", transaction, ("$id", id));
        commands.Run("DELETE FROM documents WHERE id = $id", transaction, ("$id", id));
    }
}
