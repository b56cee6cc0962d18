using System.Globalization;
using System.Text;
using Npgsql;
using ParlQA.Archive.Register;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// The server archive, for many users sharing one: PostgreSQL through Npgsql, the same tables as SQLite, the
/// search index a weighted tsvector per question ranked with ts_rank_cd. Web nodes hold no state of their
/// own, so more of them can share one server (and its read replicas).
/// </summary>
public sealed class PostgresArchive : IArchive
{
    private readonly NpgsqlDataSource _source;
    private readonly PostgresSearch _search;

    /// <summary>The forms of words this archive has written to its index of forms (or found there).</summary>
    private readonly WordForms _forms = new();

    private PostgresArchive(NpgsqlDataSource source)
    {
        _source = source;
        _search = new PostgresSearch(source);
    }

    public static PostgresArchive Open(string connectionString)
    {
        NpgsqlDataSource? source = null;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
            using var connection = source.OpenConnection();
            using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(20200617)", connection))
                lockCommand.ExecuteNonQuery();
            new Migrations("Postgres").Apply(connection);
            PostgresIndex.RebuildIfPending(connection);
            using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(20200617)", connection))
                unlock.ExecuteNonQuery();
            return new PostgresArchive(source);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            source?.Dispose();
            throw new ArchiveException("cannot open the PostgreSQL archive: " + e.Message, e);
        }
    }

    public IReadOnlyList<StoreOutcome> Store(IReadOnlyList<QaDocument> documents, Actor? by = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        try
        {
            var outcomes = documents.Select(d => StoreOne(d, connection, transaction, by ?? Actor.Unnamed)).ToList();
            PostgresIndex.WriteForms(connection, transaction, _forms.TakeNew());
            transaction.Commit();
            return outcomes;
        }
        catch
        {
            // Forms taken for a batch that was not written must be written with the next.
            _forms.Forget();
            throw;
        }
    }

    public IReadOnlyList<DocumentVersion> History(string id)
    {
        using var connection = _source.OpenConnection();
        return VersionRows.History(connection, id);
    }

    public QaDocument? FindVersion(string id, int version)
    {
        using var connection = _source.OpenConnection();
        return VersionRows.Json(connection, null, id, version) is { } json ? QaJson.Deserialize(json) : null;
    }

    public StoreOutcome Restore(string id, int version, Actor by, string? reason = null)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var json = VersionRows.Json(connection, transaction, id, version)
            ?? throw new ArchiveException($"{id} has no version {version} to restore (parlqa history {id} lists them)");
        try
        {
            var outcome = StoreOne(QaJson.Deserialize(json)!, connection, transaction, by, version, reason);
            PostgresIndex.WriteForms(connection, transaction, _forms.TakeNew());
            transaction.Commit();
            return outcome;
        }
        catch
        {
            _forms.Forget();
            throw;
        }
    }

    public bool Remove(string id, Actor by, string? reason = null)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (Scalar(connection, transaction, "SELECT 1 FROM documents WHERE id = @id FOR UPDATE", ("id", id)) is null)
            return false;
        Sql.Run(connection, transaction, VersionRows.Retire, ("@id", id));
        Run(connection, transaction, "DELETE FROM documents WHERE id = @id", ("id", id));
        Sql.Run(connection, transaction, VersionRows.Insert, VersionRows.Next(id, VersionChange.Removed, null, by, reason: reason));
        transaction.Commit();
        return true;
    }

    /// <summary>Stores one document: unchanged when its JSON is what is stored; else its new version, the one it
    /// replaces kept (its row locked, so that two servers storing it at once take turns).</summary>
    private StoreOutcome StoreOne(QaDocument document, NpgsqlConnection connection, NpgsqlTransaction transaction, Actor by,
        int? restoredFrom = null, string? reason = null)
    {
        var hash = document.Source?.Sha256 ?? "";
        var json = QaJson.Serialize(document, indented: false);
        var existing = Scalar(connection, transaction, "SELECT json FROM documents WHERE id = @id FOR UPDATE", ("id", document.Id)) as string;
        if (existing == json)
            return StoreOutcome.Unchanged;
        var fulfilled = existing is null ? [] : VersionRows.FulfilledMarks(connection, transaction, document.Id);
        if (existing is not null)
        {
            Sql.Run(connection, transaction, VersionRows.Retire, ("@id", document.Id));
            Run(connection, transaction, "DELETE FROM documents WHERE id = @id", ("id", document.Id));
        }

        Run(connection, transaction, """
            INSERT INTO documents (id, sha256, kind, session, dossier, number, committee, addressees, asked_by, answered_by, submitted_on, answered_on, subject, title, json, ingested_at)
            VALUES (@id, @sha, @kind, @session, @dossier, @number, @committee, @addressees, @asked, @answeredBy, @submitted, @answered, @subject, @title, @json, @now)
            """,
            ("id", document.Id), ("sha", hash), ("kind", Rows.KindName(document.Kind)), ("session", document.Session), ("dossier", document.Dossier),
            ("number", document.Number), ("committee", document.Committee), ("addressees", string.Join("; ", document.Addressees)),
            ("asked", Rows.AskedBy(document)), ("answeredBy", document.AnsweredBy), ("submitted", Rows.Date(document.SubmittedOn)),
            ("answered", Rows.Date(document.AnsweredOn)), ("subject", document.Subject), ("title", document.Title), ("json", json),
            ("now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        var answers = document.Answers.ToDictionary(a => a.Id);
        int position = 0;
        foreach (var question in document.Questions)
        {
            var answer = question.AnswerId is { } aid && answers.TryGetValue(aid, out var found) ? found : null;
            var (q, a, qr, ar) = PostgresIndex.Texts(question.Text, answer?.Text ?? "", _forms);
            Run(connection, transaction, $"""
                INSERT INTO questions (document_id, question_id, position, label, text, answer_id, answer_text, search)
                VALUES (@doc, @qid, @pos, @label, @text, @aid, @atext, {PostgresIndex.Vector})
                """,
                ("doc", document.Id), ("qid", question.Id), ("pos", position++), ("label", question.Label), ("text", question.Text),
                ("aid", answer?.Id), ("atext", answer?.Text), ("q", q), ("a", a), ("qr", qr), ("ar", ar));
        }
        foreach (var c in document.Commitments)
        {
            Run(connection, transaction, "INSERT INTO commitments (document_id, answer_id, answer_ids, text, due_hint, due_date) VALUES (@doc, @aid, @aids, @text, @hint, @due)",
                ("doc", document.Id), ("aid", c.AnswerId), ("aids", CommitmentLedger.AnswerIds(c)), ("text", c.Text), ("hint", c.DueHint), ("due", Rows.Date(c.DueDate)));
        }
        foreach (var c in document.Citations)
        {
            Run(connection, transaction, "INSERT INTO citations (document_id, kind, dossier, number, session, text) VALUES (@doc, @kind, @dossier, @nr, @session, @text)",
                ("doc", document.Id), ("kind", c.Kind.ToString().ToLowerInvariant()), ("dossier", c.Dossier), ("nr", c.Number), ("session", c.Session), ("text", c.Text));
        }
        VersionRows.Remark(connection, transaction, document.Id, fulfilled);
        var change = restoredFrom is not null ? VersionChange.Restored : existing is null ? VersionChange.Added : VersionChange.Replaced;
        Sql.Run(connection, transaction, VersionRows.Insert, VersionRows.Next(document.Id, change, hash, by, restoredFrom, reason));
        return existing is null ? StoreOutcome.New : StoreOutcome.Updated;
    }

    public QaDocument? Find(string id)
    {
        using var connection = _source.OpenConnection();
        return Scalar(connection, null, "SELECT json FROM documents WHERE id = @id", ("id", id)) is string json ? QaJson.Deserialize(json) : null;
    }

    public IEnumerable<QaDocument> All()
    {
        using var connection = _source.OpenConnection();
        using var command = new NpgsqlCommand("SELECT json FROM documents ORDER BY COALESCE(answered_on, submitted_on), id", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return QaJson.Deserialize(reader.GetString(0))!;
    }

    public SearchPage Search(SearchQuery query, int limit = 20, int offset = 0, bool facets = true) => _search.Search(query, limit, offset, facets);

    public IReadOnlyList<SearchHit> Similar(string text, int limit = 10, (string DocumentId, string QuestionId)? exclude = null) =>
        _search.Similar(text, limit, exclude);

    public DocumentPage Documents(IReadOnlyList<QueryFilter> filters, int limit = 20, string? cursor = null)
    {
        var (sql, parameters) = DocumentListing.Build(filters, limit, cursor, SqlFilters.Dialect.Postgres);
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, sql, [.. parameters]);
        using var reader = command.ExecuteReader();
        return DocumentListing.Read(reader, limit);
    }

    public ArchiveStats Stats()
    {
        using var connection = _source.OpenConnection();
        return StatsQueries.Read(connection);
    }

    public IReadOnlyList<RegisteredCommitment> Commitments(string? ministry = null)
    {
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, """
            SELECT c.id, c.document_id, c.answer_id, c.text, c.due_hint, c.due_date, COALESCE(d.answered_by, d.addressees), d.answered_on, c.fulfilled_by, c.answer_ids
            FROM commitments c JOIN documents d ON d.id = c.document_id
            WHERE @ministry::text IS NULL OR d.answered_by ILIKE '%' || @ministry || '%' OR d.addressees ILIKE '%' || @ministry || '%'
            ORDER BY d.answered_on, c.id
            """, ("ministry", ministry));
        using var reader = command.ExecuteReader();
        return CommitmentRows.Read(reader);
    }

    public IReadOnlyList<string> CitedBy(QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (sql, parameters) = CitationQueries.CitedBy(document, SqlFilters.Dialect.Postgres);
        using var connection = _source.OpenConnection();
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

    public string? Resolve(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Number is null)
            return null;
        var (sql, parameters) = CitationQueries.Resolve(citation, SqlFilters.Dialect.Postgres);
        using var connection = _source.OpenConnection();
        return Scalar(connection, null, sql, parameters) as string;
    }

    public bool MarkFulfilled(long commitmentId, string documentId, Actor? by = null)
    {
        using var connection = _source.OpenConnection();
        return CommitmentLedger.MarkFulfilled(connection, commitmentId, documentId, by ?? Actor.Unnamed, DateTimeOffset.UtcNow);
    }

    public IReadOnlyList<CommitmentChange> CommitmentChanges(long? commitmentId = null, int limit = 100)
    {
        using var connection = _source.OpenConnection();
        return CommitmentLedger.Changes(connection, commitmentId, limit);
    }

    public void Dispose() => _source.Dispose();

    private static List<SearchHit> Hits(NpgsqlConnection connection, string sql, HitMarker stems, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, stems, negate: false);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }
}
