using Microsoft.Data.Sqlite;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The embedded archive: one SQLite file in WAL mode, no server. Each document is kept whole as its JSON,
/// and per question for search. This class opens the file and hands each job to its own class: storing
/// (<see cref="SqliteStore"/>), searching (<see cref="SqliteSearch"/>), similar questions (<see cref="SqliteSimilar"/>),
/// commitments and citations (<see cref="SqliteLinks"/>), all through one connection's <see cref="SqliteCommands"/>.
/// </summary>
public sealed class SqliteArchive : IArchive
{
    private readonly SqliteCommands _commands;
    private readonly SqliteRanking _ranking;
    private readonly SqliteStore _store;
    private readonly SqliteSearch _search;
    private readonly SqliteSimilar _similar;
    private readonly SqliteLinks _links;

    private SqliteArchive(SqliteConnection connection)
    {
        _commands = new SqliteCommands(connection);
        _ranking = new SqliteRanking(_commands);
        var vocabulary = new SqliteVocabulary(_commands);
        _store = new SqliteStore(_commands);
        _search = new SqliteSearch(_commands, _ranking, vocabulary);
        _similar = new SqliteSimilar(_commands, vocabulary);
        _links = new SqliteLinks(_commands);
    }

    /// <summary>Archives of at least this many questions rank a common word's matches in two halves at once.</summary>
    internal long SplitRankingFrom { get => _ranking.SplitRankingFrom; set => _ranking.SplitRankingFrom = value; }

    /// <summary>Opens (creating on first use) the archive at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteArchive Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // A checkpoint (and its sync) per 256 MB of log rather than per 4 MB: an ingest batch writes tens of MB, and pages
            // written again by later batches (index structure, merges) are copied to the file once rather than each time.
            SqliteCommands.Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 65536;");
            new Migrations("Sqlite").Apply(connection);
            SearchIndexRebuild.IfPending(connection);
            SqliteCommands.Execute(connection, SqliteVocabulary.CreateTables);
            return new SqliteArchive(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new ArchiveException($"{path}: cannot open the archive: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IReadOnlyList<StoreOutcome> Store(IReadOnlyList<QaDocument> documents, Actor? by = null) => _store.Store(documents, by ?? Actor.Unnamed);

    public IReadOnlyList<DocumentVersion> History(string id) => VersionRows.History(_commands.Connection, id);

    public QaDocument? FindVersion(string id, int version) =>
        VersionRows.Json(_commands.Connection, null, id, version) is { } json ? QaJson.Deserialize(json) : null;

    public StoreOutcome Restore(string id, int version, Actor by, string? reason = null) => _store.Restore(id, version, by, reason);

    public bool Remove(string id, Actor by, string? reason = null) => _store.Remove(id, by, reason);

    public QaDocument? Find(string id) =>
        _commands.Scalar("SELECT json FROM documents WHERE id = $id", null, ("$id", id)) is string json ? QaJson.Deserialize(json) : null;

    public IEnumerable<QaDocument> All()
    {
        using var command = _commands.Command("SELECT json FROM documents ORDER BY COALESCE(answered_on, submitted_on), id", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return QaJson.Deserialize(reader.GetString(0))!;
    }

    public DocumentPage Documents(IReadOnlyList<QueryFilter> filters, int limit = 20, string? cursor = null)
    {
        var (sql, parameters) = DocumentListing.Build(filters, limit, cursor, SqlFilters.Dialect.Sqlite);
        using var command = _commands.Command(sql, null, [.. parameters]);
        using var reader = command.ExecuteReader();
        return DocumentListing.Read(reader, limit);
    }

    public SearchPage Search(SearchQuery query, int limit = 20, int offset = 0, bool facets = true) => _search.Search(query, limit, offset, facets);

    public IReadOnlyList<SearchHit> Similar(string text, int limit = 10, (string DocumentId, string QuestionId)? exclude = null) =>
        _similar.Similar(text, limit, exclude);

    public ArchiveStats Stats() => StatsQueries.Read(_commands.Connection);

    public IReadOnlyList<RegisteredCommitment> Commitments(string? ministry = null) => _links.Commitments(ministry);

    public IReadOnlyList<string> CitedBy(QaDocument document) => _links.CitedBy(document);

    public string? Resolve(Citation citation) => _links.Resolve(citation);

    public bool MarkFulfilled(long commitmentId, string documentId, Actor? by = null) => _links.MarkFulfilled(commitmentId, documentId, by ?? Actor.Unnamed);

    public IReadOnlyList<CommitmentChange> CommitmentChanges(long? commitmentId = null, int limit = 100) => _links.CommitmentChanges(commitmentId, limit);

    /// <summary>SQLite's own integrity check: "ok" for a sound file.</summary>
    public string IntegrityCheck() => (string)_commands.Scalar("PRAGMA integrity_check", null)!;

    public void Dispose()
    {
        _commands.Dispose();
        _ranking.Dispose();
        _commands.Connection.Dispose();
    }
}
