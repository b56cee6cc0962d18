using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using ParlQA.Archive.Search;
using ParlQA.Model;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The embedded archive: one SQLite file in WAL mode, no server. Each document is kept whole as its JSON,
/// and per question for search; a batch of documents goes in one transaction, so a crash leaves every
/// document either wholly there or not there.
/// </summary>
public sealed class SqliteArchive : IArchive
{
    private readonly SqliteConnection _connection;

    /// <summary>A second connection to the same file, opened on first need: the matches of a common word are ranked
    /// in two halves at once, one on each connection (see <see cref="TopRanked"/>).</summary>
    private SqliteConnection? _second;

    private SqliteArchive(SqliteConnection connection) => _connection = connection;

    /// <summary>Archives of at least this many questions rank a common word's matches in two halves at once.</summary>
    internal long SplitRankingFrom { get; set; } = 200_000;

    /// <summary>Opens (creating on first use) the archive at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteArchive Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString());
        try
        {
            connection.Open();
            // A checkpoint (and its sync) per 256 MB of log rather than per 4 MB: an ingest batch writes tens of MB, and pages
            // written again by later batches (index structure, merges) are copied to the file once rather than each time.
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 65536;");
            new Migrations("Sqlite").Apply(connection);
            SearchIndexRebuild.IfPending(connection);

            // The index's vocabulary (terms and how many rows hold them), per connection: for similar questions and
            // for the compounds a word ends.
            Execute(connection, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search', 'row')");
            Execute(connection, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.parts_vocab USING fts5vocab(main, 'search_parts', 'row')");
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

    public IReadOnlyList<StoreOutcome> Store(IReadOnlyList<QaDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcomes = new List<StoreOutcome>(documents.Count);
        var indexRows = new List<(long RowId, IndexEntry Entry)>();
        using var transaction = _connection.BeginTransaction();
        // Stemming and JSON of the next part of the batch run on another core while this part's rows are written.
        var parts = documents.Chunk(PreparedPart).ToList();
        var next = parts.Count > 0 ? Prepare(parts[0]) : null;
        for (int i = 0; i < parts.Count; i++)
        {
            var prepared = next!.GetAwaiter().GetResult();
            next = i + 1 < parts.Count ? Prepare(parts[i + 1]) : null;
            foreach (var document in prepared)
                outcomes.Add(StoreOne(document, transaction, indexRows));
        }
        // The index rows last: a statement with a statement journal (any insert with a constraint) makes FTS5
        // write out what it holds in memory, and one small segment per question made ingest three times slower.
        foreach (var (rowId, entry) in indexRows)
            Index(rowId, entry, transaction);
        transaction.Commit();
        return outcomes;
    }

    /// <summary>Documents prepared together while the part before them is written.</summary>
    private const int PreparedPart = 32;

    private static Task<PreparedDocument[]> Prepare(QaDocument[] part) => Task.Run(() => part.Select(PreparedDocument.Of).ToArray());

    private void Index(long rowId, IndexEntry entry, SqliteTransaction transaction)
    {
        CachedRun(IndexEntry.Insert, transaction, ("$row", rowId), ("$q", entry.QuestionStems), ("$a", entry.AnswerStems),
            ("$qr", entry.QuestionReversed), ("$ar", entry.AnswerReversed));
    }

    private StoreOutcome StoreOne(PreparedDocument prepared, SqliteTransaction transaction, List<(long, IndexEntry)> indexRows)
    {
        var document = prepared.Document;
        var hash = document.Source?.Sha256 ?? "";
        var existing = CachedScalar("SELECT sha256 FROM documents WHERE id = $id", transaction, ("$id", document.Id)) as string;
        if (existing is not null && existing == hash)
            return StoreOutcome.Unchanged;
        if (existing is not null)
            Delete(document.Id, transaction);

        CachedRun("""
            INSERT INTO documents (id, sha256, kind, session, dossier, number, committee, addressees, asked_by, answered_by, submitted_on, answered_on, subject, json, ingested_at)
            VALUES ($id, $sha, $kind, $session, $dossier, $number, $committee, $addressees, $asked, $answeredBy, $submitted, $answered, $subject, $json, $now)
            """, transaction,
            ("$id", document.Id), ("$sha", hash), ("$kind", Rows.KindName(document.Kind)), ("$session", document.Session), ("$dossier", document.Dossier),
            ("$number", document.Number), ("$committee", document.Committee), ("$addressees", string.Join("; ", document.Addressees)),
            ("$asked", Rows.AskedBy(document)),
            ("$answeredBy", document.AnsweredBy), ("$submitted", Rows.Date(document.SubmittedOn)), ("$answered", Rows.Date(document.AnsweredOn)),
            ("$subject", document.Subject), ("$json", prepared.Json), ("$now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        int position = 0;
        foreach (var (question, answer, entry) in prepared.Rows)
        {
            var rowId = (long)CachedScalar("""
                INSERT INTO questions (document_id, question_id, position, label, text, answer_id, answer_text)
                VALUES ($doc, $qid, $pos, $label, $text, $aid, $atext) RETURNING id
                """, transaction, ("$doc", document.Id), ("$qid", question.Id), ("$pos", position++), ("$label", question.Label),
                ("$text", question.Text), ("$aid", answer?.Id), ("$atext", answer?.Text))!;
            indexRows.Add((rowId, entry));
        }
        foreach (var c in document.Commitments)
        {
            CachedRun("INSERT INTO commitments (document_id, answer_id, text, due_hint, due_date) VALUES ($doc, $aid, $text, $hint, $due)", transaction,
                ("$doc", document.Id), ("$aid", c.AnswerId), ("$text", c.Text), ("$hint", c.DueHint), ("$due", Rows.Date(c.DueDate)));
        }
        foreach (var c in document.Citations)
        {
            CachedRun("INSERT INTO citations (document_id, kind, dossier, number, session, text) VALUES ($doc, $kind, $dossier, $nr, $session, $text)", transaction,
                ("$doc", document.Id), ("$kind", c.Kind.ToString().ToLowerInvariant()), ("$dossier", c.Dossier), ("$nr", c.Number), ("$session", c.Session), ("$text", c.Text));
        }
        return existing is null ? StoreOutcome.New : StoreOutcome.Updated;
    }

    /// <summary>Removes a document with its questions, their index entries, commitments and citations.</summary>
    private void Delete(string id, SqliteTransaction transaction)
    {
        Run("DELETE FROM search WHERE rowid IN (SELECT id FROM questions WHERE document_id = $id)", transaction, ("$id", id));
        Run("DELETE FROM search_parts WHERE rowid IN (SELECT id FROM questions WHERE document_id = $id)", transaction, ("$id", id));
        Run("DELETE FROM documents WHERE id = $id", transaction, ("$id", id));
    }

    public QaDocument? Find(string id) =>
        Scalar("SELECT json FROM documents WHERE id = $id", null, ("$id", id)) is string json ? QaJson.Deserialize(json) : null;

    public IEnumerable<QaDocument> All()
    {
        using var command = Command("SELECT json FROM documents ORDER BY COALESCE(answered_on, submitted_on), id", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return QaJson.Deserialize(reader.GetString(0))!;
    }

    public DocumentPage Documents(IReadOnlyList<QueryFilter> filters, int limit = 20, string? cursor = null)
    {
        var (sql, parameters) = DocumentListing.Build(filters, limit, cursor, SqlFilters.Dialect.Sqlite);
        using var command = Command(sql, null, [.. parameters]);
        using var reader = command.ExecuteReader();
        return DocumentListing.Read(reader, limit);
    }

    /// <summary>Matches counted exactly up to this many; beyond it the total says "at least".</summary>
    public const int MaxCounted = 1_000;

    /// <summary>With filters, the best this many matches are ranked first and then filtered; only when too few
    /// pass is every match joined and filtered.</summary>
    private const int FilteredCandidates = 2_000;

    public SearchPage Search(SearchQuery query, int limit = 20, int offset = 0, bool facets = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object?)>();
        SqlFilters.Append(query.Filters, where, parameters, SqlFilters.Dialect.Sqlite);
        if (query.Text is null)
        {
            var sql = $"""
                SELECT q.document_id, q.question_id, 0.0 AS score, q.text, q.answer_text FROM questions q JOIN documents d ON d.id = q.document_id
                WHERE {where} ORDER BY COALESCE(d.answered_on, d.submitted_on) DESC, q.position LIMIT $limit OFFSET $offset
                """;
            var count = $"SELECT COUNT(*) FROM (SELECT 1 FROM questions q JOIN documents d ON d.id = q.document_id WHERE {where} LIMIT {MaxCounted})";
            int all = Convert.ToInt32(Scalar(count, null, [.. parameters]), CultureInfo.InvariantCulture);
            using var command = Command(sql, null, [.. parameters, ("$limit", limit), ("$offset", offset)]);
            using var reader = command.ExecuteReader();
            return new SearchPage(ResultRows.Hits(reader, [], negate: true), all) { Facets = facets ? Facets(where.ToString(), parameters) : [] };
        }

        var fts = new FtsQuery();
        var filter = where.ToString();
        List<(string, object?)> Bound() => [.. parameters, .. fts.Parameters];
        var exactSet = fts.ExactSet(query.Text);
        string? wideSet = null;
        string Wide() => wideSet ??= fts.WideSet(query.Text);
        bool widens = FtsQuery.Widens(query.Text);
        // The narrow match is counted first: when it alone reaches the counting limit, so does the wide one.
        int narrow = CountMatches(Passing(exactSet, filter), Bound(), MaxCounted);
        int total = widens && narrow < MaxCounted ? CountMatches(Passing(Wide(), filter), Bound(), MaxCounted) : narrow;
        var stems = FtsQuery.Stems(query.Text).ToList();
        // Ranked in two tiers: the words themselves (and their inflections) first, then what only the wider
        // match finds (compounds, longer words). Ranking the narrow tier is as cheap as a plain index; the
        // wider one is ranked only when a page reaches past the narrow one. Each tier is ranked once: the
        // facets of an unfiltered search are counted over the same best matches the page comes from.
        bool facetsFromRanking = facets && filter == "1 = 1" && !(narrow < MaxCounted && widens);
        int depth = offset + limit;
        // Many matches to rank (or a filter to apply after ranking): worth both cores.
        bool large = narrow >= MaxCounted || filter != "1 = 1";
        var exact = RankedIds(fts.RankedExact(query.Text), filter, Bound(), facetsFromRanking ? Math.Max(depth, MaxCounted) : depth, large);
        var page = exact.Skip(offset).Take(limit).ToList();
        if (page.Count < limit && widens)
        {
            // Fewer than asked for: every exact match is in the list, so its length is their number.
            int skipWide = Math.Max(0, offset - Math.Min(exact.Count, depth));
            var candidates = Passing($"SELECT id FROM ({Wide()}) EXCEPT SELECT id FROM ({exactSet})", filter);
            var wide = ReadRanked(_connection, $"""
                WITH wide(id) AS MATERIALIZED ({candidates})
                SELECT id, score FROM ({fts.RankedWide(query.Text, "wide", Endings)}) ORDER BY score, id LIMIT {skipWide + limit - page.Count}
                """, Bound());
            page.AddRange(wide.Skip(skipWide));
        }
        var hits = HitsOf(page, stems);
        if (!facets)
            return new SearchPage(hits, total);
        var facetIds = narrow < MaxCounted && widens ? Passing(Wide(), filter)
            : facetsFromRanking ? "SELECT value AS id FROM json_each($facetIds)" : Passing(exactSet, filter);
        List<(string, object?)> facetParameters = facetsFromRanking ? [.. Bound(), ("$facetIds", JsonIds(exact.Take(MaxCounted)))] : Bound();
        return new SearchPage(hits, total) { Facets = FacetsOf($"{facetIds} LIMIT {MaxCounted}", facetParameters) };
    }

    /// <summary>The ids of a set (column <c>id</c>) whose question and document pass the filters.</summary>
    private static string Passing(string ids, string filter) => filter == "1 = 1" ? ids
        : $"SELECT s.id FROM ({ids}) s {Facts("s")} WHERE {filter}";

    /// <summary>The joins that give a set's rows (alias <paramref name="set"/>, column <c>id</c>) the fields filters
    /// and facets read, as q and d, from the covering indexes of migration 0005 rather than the wide rows.</summary>
    private static string Facts(string set) =>
        $"JOIN questions q INDEXED BY questions_facts ON q.id = {set}.id JOIN documents d INDEXED BY documents_facts ON d.id = q.document_id";

    /// <summary>How many ids a set holds, counted up to <paramref name="upTo"/>.</summary>
    private int CountMatches(string ids, List<(string, object?)> parameters, int upTo) =>
        Convert.ToInt32(Scalar($"SELECT COUNT(*) FROM (SELECT 1 FROM ({ids}) LIMIT {upTo})", null, [.. parameters]), CultureInfo.InvariantCulture);

    /// <summary>
    /// The best <paramref name="count"/> ids of a ranking (columns <c>id</c>, <c>score</c>; lower is better) that pass
    /// the filters. Ranked inside the full-text index; with filters, the best candidates are ranked and then
    /// filtered, and only when too few pass (and there were more matches than candidates) is every match joined
    /// and filtered.
    /// </summary>
    private List<(long Id, double Score)> RankedIds(string ranked, string filter, List<(string, object?)> parameters, int count, bool large)
    {
        if (count <= 0)
            return [];
        if (filter == "1 = 1")
            return TopRanked(ranked, parameters, count, large);
        int candidates = Math.Max(FilteredCandidates, count);
        var best = TopRanked(ranked, parameters, candidates, large);
        var passing = PassingInOrder(best, filter, parameters, count);
        return passing.Count == count || best.Count < candidates ? passing : ReadRanked(_connection, $"""
            SELECT r.id, r.score FROM ({ranked}) r {Facts("r")}
            WHERE {filter} ORDER BY r.score, r.id LIMIT {count}
            """, parameters);
    }

    /// <summary>
    /// The best <paramref name="count"/> of a ranking. In a large archive, a <paramref name="large"/> ranking is split
    /// at the middle rowid and the halves ranked at once on two connections: BM25 takes its statistics from the
    /// whole index either way, so the merged best are exactly the best of the whole.
    /// </summary>
    private List<(long Id, double Score)> TopRanked(string ranked, List<(string, object?)> parameters, int count, bool large)
    {
        string Best(string where) => $"SELECT id, score FROM ({ranked}) {where} ORDER BY score, id LIMIT {count}";
        long last = large ? Convert.ToInt64(Scalar("SELECT COALESCE(MAX(id), 0) FROM questions", null), CultureInfo.InvariantCulture) : 0;
        if (last < SplitRankingFrom)
            return ReadRanked(_connection, Best(""), parameters);
        var second = Second();
        var upper = Task.Run(() => ReadRanked(second, Best($"WHERE id > {last / 2}"), parameters));
        List<(long Id, double Score)> lower;
        try
        {
            lower = ReadRanked(_connection, Best($"WHERE id <= {last / 2}"), parameters);
        }
        catch
        {
            // The second connection is free again only when its half is done: the next search may use it.
            ((IAsyncResult)upper).AsyncWaitHandle.WaitOne();
            throw;
        }
        return [.. lower.Concat(upper.GetAwaiter().GetResult()).OrderBy(r => r.Score).ThenBy(r => r.Id).Take(count)];
    }

    private SqliteConnection Second()
    {
        if (_second is null)
        {
            _second = new SqliteConnection(_connection.ConnectionString);
            _second.Open();
        }
        return _second;
    }

    /// <summary>The ranked ids whose question and document pass the filters, in their order, at most <paramref name="count"/>;
    /// tested a part at a time, best first, so that a filter most rows pass stops after the first part.</summary>
    private List<(long Id, double Score)> PassingInOrder(List<(long Id, double Score)> ranked, string filter, List<(string, object?)> parameters, int count)
    {
        var passing = new List<(long, double)>();
        foreach (var part in ranked.Chunk(Math.Max(FilterPart, count)))
        {
            var scores = part.ToDictionary(r => r.Id, r => r.Score);
            using var command = Command($"""
                SELECT q.id FROM (SELECT key, value AS id FROM json_each($ranked)) r {Facts("r")}
                WHERE {filter} ORDER BY r.key LIMIT {count - passing.Count}
                """, null, [.. parameters, ("$ranked", JsonIds(part))]);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                passing.Add((reader.GetInt64(0), scores[reader.GetInt64(0)]));
            if (passing.Count == count)
                break;
        }
        return passing;
    }

    /// <summary>Ranked candidates tested against the filters at a time.</summary>
    private const int FilterPart = 200;

    private static List<(long Id, double Score)> ReadRanked(SqliteConnection connection, string sql, List<(string, object?)> parameters)
    {
        using var command = Command(connection, sql, null, [.. parameters]);
        using var reader = command.ExecuteReader();
        var ranked = new List<(long, double)>();
        while (reader.Read())
            ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return ranked;
    }

    /// <summary>The hits of ranked ids, in their order, with texts and snippets.</summary>
    private List<SearchHit> HitsOf(List<(long Id, double Score)> ranked, IReadOnlyCollection<string> stems)
    {
        if (ranked.Count == 0)
            return [];
        using var command = Command("""
            SELECT q.document_id, q.question_id, json_extract(p.value, '$[1]'), q.text, q.answer_text
            FROM json_each($page) p JOIN questions q ON q.id = json_extract(p.value, '$[0]') ORDER BY p.key
            """, null, ("$page", "[" + string.Join(",", ranked.Select(r => string.Create(CultureInfo.InvariantCulture, $"[{r.Id},{r.Score:R}]"))) + "]"));
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, stems, negate: true);
    }

    private static string JsonIds(IEnumerable<(long Id, double Score)> ranked) =>
        "[" + string.Join(",", ranked.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))) + "]";

    /// <summary>Facet counts over the first matching questions without words.</summary>
    private List<Facet> Facets(string where, List<(string, object?)> parameters) =>
        FacetsOf($"SELECT q.id FROM questions q JOIN documents d ON d.id = q.document_id WHERE {where} LIMIT {MaxCounted}", parameters);

    /// <summary>Facet counts over a set of question ids (the best-ranked matches).</summary>
    private List<Facet> FacetsOf(string ids, List<(string, object?)> parameters)
    {
        using var command = Command(SqlFilters.FacetSql(ids, $"m {Facts("m")}"), null, [.. parameters]);
        using var reader = command.ExecuteReader();
        return SqlFilters.ReadFacets(reader);
    }

    public IReadOnlyList<SearchHit> Similar(string text, int limit = 10, (string DocumentId, string QuestionId)? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var telling = SimilarQuery.TellingStems(text);
        if (telling.Count == 0)
            return [];
        long questions = Convert.ToInt64(Scalar("SELECT COALESCE(MAX(id), 0) FROM questions", null), CultureInfo.InvariantCulture);
        var frequencies = DocumentFrequencies(telling);
        var match = SimilarQuery.Build(SimilarQuery.Rarest(telling, s => frequencies.GetValueOrDefault(s), questions))!;
        var stems = SimilarQuery.Stems(text);
        // Ranked inside the index, joined only for the page: the question left out is at most one row more.
        using var command = Command("""
            SELECT q.document_id, q.question_id, r.score, q.text, q.answer_text
            FROM (SELECT rowid AS id, bm25(search, 1.0, 0.0) AS score FROM search WHERE search MATCH $match ORDER BY score LIMIT $limit + 1) r
            JOIN questions q ON q.id = r.id
            WHERE NOT (q.document_id = $doc AND q.question_id = $qid)
            ORDER BY r.score LIMIT $limit
            """, null, ("$match", match), ("$doc", exclude?.DocumentId ?? ""), ("$qid", exclude?.QuestionId ?? ""), ("$limit", limit));
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, stems, negate: true);
    }

    /// <summary>Most stems ranked for one word's ending: the most frequent compounds that end with it.</summary>
    private const int MaxEndings = 32;

    /// <summary>The stems in the archive that end with <paramref name="stem"/> (and are longer), most frequent first,
    /// from the vocabulary of the reversed stems: there they are the terms that start with the reversed stem.</summary>
    private IReadOnlyList<string> Endings(string stem)
    {
        var reversed = DutchTerms.Reverse(stem);
        using var command = Command($"""
            SELECT term FROM temp.parts_vocab WHERE term > $from AND term < $to ORDER BY doc DESC LIMIT {MaxEndings}
            """, null, ("$from", reversed), ("$to", reversed + "\uffff"));
        using var reader = command.ExecuteReader();
        var endings = new List<string>();
        while (reader.Read())
            endings.Add(DutchTerms.Reverse(reader.GetString(0)));
        return endings;
    }

    /// <summary>How many questions hold each stem, from the full-text index's own vocabulary.</summary>
    private Dictionary<string, long> DocumentFrequencies(IReadOnlyList<string> stems)
    {
        var marks = string.Join(", ", stems.Select((_, i) => "$t" + i.ToString(CultureInfo.InvariantCulture)));
        using var command = Command($"SELECT term, doc FROM temp.search_vocab WHERE term IN ({marks})", null,
            [.. stems.Select((s, i) => ("$t" + i.ToString(CultureInfo.InvariantCulture), (object?)s))]);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    public ArchiveStats Stats() => StatsQueries.Read(_connection);

    public IReadOnlyList<RegisteredCommitment> Commitments(string? ministry = null)
    {
        using var command = Command("""
            SELECT c.id, c.document_id, c.answer_id, c.text, c.due_hint, c.due_date, COALESCE(d.answered_by, d.addressees), d.answered_on, c.fulfilled_by
            FROM commitments c JOIN documents d ON d.id = c.document_id
            WHERE $ministry IS NULL OR d.answered_by LIKE '%' || $ministry || '%' OR d.addressees LIKE '%' || $ministry || '%'
            ORDER BY d.answered_on, c.id
            """, null, ("$ministry", ministry));
        using var reader = command.ExecuteReader();
        return CommitmentRows.Read(reader);
    }

    public IReadOnlyList<string> CitedBy(QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (sql, parameters) = CitationQueries.CitedBy(document, SqlFilters.Dialect.Sqlite);
        using var command = Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

    public string? Resolve(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Number is null)
            return null;
        var (sql, parameters) = CitationQueries.Resolve(citation, SqlFilters.Dialect.Sqlite);
        return Scalar(sql, null, parameters) as string;
    }

    public bool MarkFulfilled(long commitmentId, string documentId)
    {
        using var command = Command("UPDATE commitments SET fulfilled_by = $doc, fulfilled_on = $on WHERE id = $id", null,
            ("$doc", documentId), ("$on", Rows.Date(DateOnly.FromDateTime(DateTime.UtcNow))), ("$id", commitmentId));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>SQLite's own integrity check: "ok" for a sound file.</summary>
    public string IntegrityCheck() => (string)Scalar("PRAGMA integrity_check", null)!;

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
            command.Dispose();
        _second?.Dispose();
        _connection.Dispose();
    }

    /// <summary>Statements run for every question of an ingest, prepared once per connection.</summary>
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    private SqliteCommand Cached(string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _prepared[sql] = command;
        }
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    private void CachedRun(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters) =>
        Cached(sql, transaction, parameters).ExecuteNonQuery();

    private object? CachedScalar(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters) =>
        Cached(sql, transaction, parameters).ExecuteScalar();

    private SqliteCommand Command(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters) =>
        Command(_connection, sql, transaction, parameters);

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void Run(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, transaction, parameters);
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
