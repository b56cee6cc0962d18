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
    private readonly PostgresStore _store = new();

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
        return _store.Store(connection, documents, by ?? Actor.Unnamed);
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
        return _store.Restore(connection, id, version, by, reason);
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
