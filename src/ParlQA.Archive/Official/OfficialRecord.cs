using System.Data.Common;
using System.Globalization;

namespace ParlQA.Archive.Official;

/// <summary>
/// <see cref="IOfficialRecord"/> in SQL both engines run as written (parameters as <c>@name</c>, upserts as
/// <c>ON CONFLICT … DO UPDATE</c>); only how a connection is had differs (see <see cref="ArchiveOpener.OpenOfficial"/>):
/// each call takes one from the engine's pool, so the record can be read from many threads at once.
/// </summary>
internal sealed class OfficialRecord(Func<DbConnection> open, IDisposable? owner = null) : IOfficialRecord
{
    private T Use<T>(Func<DbConnection, T> work)
    {
        using var connection = open();
        return work(connection);
    }

    private void InTransaction(Action<DbConnection, DbTransaction> work) => Use(connection =>
    {
        using var transaction = connection.BeginTransaction();
        work(connection, transaction);
        transaction.Commit();
        return 0;
    });

    public void ApplyPage(FeedPageWrite page)
    {
        ArgumentNullException.ThrowIfNull(page);
        InTransaction((connection, transaction) =>
        {
            foreach (var entity in page.Entities)
                Apply(connection, transaction, entity);
            Sql.Run(connection, transaction, """
                INSERT INTO tk_cursor (category, next_page, skiptoken, pages, entities) VALUES (@category, @next, @skiptoken, 1, @count)
                ON CONFLICT (category) DO UPDATE SET next_page = COALESCE(excluded.next_page, tk_cursor.next_page),
                    skiptoken = COALESCE(excluded.skiptoken, tk_cursor.skiptoken), pages = tk_cursor.pages + 1, entities = tk_cursor.entities + excluded.entities
                """, ("category", page.Category), ("next", page.NextPage), ("skiptoken", page.Skiptoken), ("count", (long)page.Entities.Count));
        });
    }

    /// <summary>Writes one entity and marks the documents whose archive document it changes, before and after (a moved relation
    /// changes both the old and the new side).</summary>
    private static void Apply(DbConnection connection, DbTransaction transaction, OfficialEntity entity)
    {
        MarkAffected(connection, transaction, entity);
        var (table, columns) = EntityRows.Of(entity);
        Sql.Run(connection, transaction, EntityRows.Upsert(table, columns.Select(c => c.Column)),
            [("id", entity.Id), ("bijgewerkt", entity.Bijgewerkt), ("deleted", entity.Deleted ? 1 : 0), .. columns]);
        if (entity is Document document)
        {
            Sql.Run(connection, transaction, "DELETE FROM tk_document_zaak WHERE document_id = @id", ("id", document.Id));
            foreach (var zaak in document.ZaakIds.Distinct(StringComparer.Ordinal))
                Sql.Run(connection, transaction, "INSERT INTO tk_document_zaak (document_id, zaak_id) VALUES (@id, @zaak)", ("id", document.Id), ("zaak", zaak));
        }
        MarkAffected(connection, transaction, entity);
    }

    private static void MarkAffected(DbConnection connection, DbTransaction transaction, OfficialEntity entity)
    {
        const string Insert = "INSERT INTO tk_pending (document_id) ";
        const string Ignore = " ON CONFLICT (document_id) DO NOTHING";
        switch (entity)
        {
            case Document:
                // The document itself, and the other documents of its cases: their ids may be numbered by it (-antwoord-2).
                Sql.Run(connection, transaction, Insert + "VALUES (@id)" + Ignore, ("id", entity.Id));
                Sql.Run(connection, transaction, Insert + """
                    SELECT DISTINCT other.document_id FROM tk_document_zaak mine JOIN tk_document_zaak other ON other.zaak_id = mine.zaak_id
                    WHERE mine.document_id = @id
                    """ + Ignore, ("id", entity.Id));
                break;
            case Zaak:
                Sql.Run(connection, transaction, Insert + "SELECT document_id FROM tk_document_zaak WHERE zaak_id = @id" + Ignore, ("id", entity.Id));
                break;
            case ZaakActor:
                Sql.Run(connection, transaction, Insert + """
                    SELECT dz.document_id FROM tk_zaak_actor a JOIN tk_document_zaak dz ON dz.zaak_id = a.zaak_id WHERE a.id = @id
                    """ + Ignore, ("id", entity.Id));
                if (entity is ZaakActor { ZaakId: { } zaak })
                    Sql.Run(connection, transaction, Insert + "SELECT document_id FROM tk_document_zaak WHERE zaak_id = @zaak" + Ignore, ("zaak", zaak));
                break;
            case Kamerstukdossier:
                Sql.Run(connection, transaction, Insert + "SELECT id FROM tk_document WHERE kamerstukdossier_id = @id" + Ignore, ("id", entity.Id));
                break;
        }
    }

    public IReadOnlyList<FeedCursor> Cursors() => Use(connection =>
        Sql.Rows(connection, null, "SELECT category, next_page, skiptoken, pages, entities, last_run, last_error FROM tk_cursor ORDER BY category", ReadCursor));

    public FeedCursor? Cursor(string category) => Use(connection =>
        Sql.Rows(connection, null, "SELECT category, next_page, skiptoken, pages, entities, last_run, last_error FROM tk_cursor WHERE category = @c", ReadCursor,
            ("c", category)).SingleOrDefault());

    private static FeedCursor ReadCursor(DbDataReader r) =>
        new(r.GetString(0), Text(r, 1), Text(r, 2), Long(r, 3), Long(r, 4), Text(r, 5), Text(r, 6));

    public void RecordRun(string category, string endedAt, string? failure) => InTransaction((connection, transaction) =>
    {
        Sql.Run(connection, transaction, """
            INSERT INTO tk_cursor (category, pages, entities, last_run, last_error) VALUES (@c, 0, 0, CASE WHEN CAST(@error AS TEXT) IS NULL THEN @when END, @error)
            ON CONFLICT (category) DO UPDATE SET last_run = CASE WHEN excluded.last_error IS NULL THEN excluded.last_run ELSE tk_cursor.last_run END,
                last_error = excluded.last_error
            """, ("c", category), ("when", endedAt), ("error", failure));
    });

    public IReadOnlyList<string> Pending(int limit, string? after = null, DateOnly? since = null) => Use(connection => Sql.Rows(connection, null, $"""
        SELECT p.document_id FROM tk_pending p
        {(since is null ? "" : "LEFT JOIN tk_document d ON d.id = p.document_id")}
        WHERE p.document_id > @after {(since is null ? "" : "AND (d.datum IS NULL OR substr(d.datum, 1, 10) >= @since)")}
        ORDER BY p.document_id LIMIT @limit
        """, r => r.GetString(0), [("after", after ?? ""), ("limit", (long)limit),
        .. since is { } day ? new[] { ("since", (object?)day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) } : []]));

    public int PendingCount() => Use(connection => Convert.ToInt32(Sql.Scalar(connection, null, "SELECT COUNT(*) FROM tk_pending"), CultureInfo.InvariantCulture));

    public DocumentContext? Context(string documentId) => Use(connection =>
    {
        var document = Documents(connection, "WHERE d.id = @id", ("id", documentId)).SingleOrDefault();
        if (document is null)
            return null;
        var cases = document.ZaakIds.Select(id => Zaken(connection, id)).OfType<Zaak>()
            .OrderBy(z => z.Soort == OfficialKinds.Questions ? 0 : 1).ThenBy(z => z.Nummer, StringComparer.Ordinal).ToList();
        var main = cases.FirstOrDefault(z => !z.Deleted);
        var actors = main is null ? [] : Sql.Rows(connection, null, $"SELECT {ActorColumns} FROM tk_zaak_actor WHERE zaak_id = @z AND deleted = 0 ORDER BY id", ReadActor, ("z", main.Id));
        var siblings = main is null ? [] : Documents(connection, "JOIN tk_document_zaak dz ON dz.document_id = d.id WHERE dz.zaak_id = @z", ("z", main.Id));
        var dossier = document.KamerstukdossierId is { } k
            ? Sql.Rows(connection, null, "SELECT id, bijgewerkt, deleted, nummer, toevoeging, titel FROM tk_kamerstukdossier WHERE id = @id", r => new Kamerstukdossier
            {
                Id = r.GetString(0), Bijgewerkt = Text(r, 1), Deleted = Long(r, 2) != 0, Nummer = r.IsDBNull(3) ? null : Long(r, 3), Toevoeging = Text(r, 4), Titel = Text(r, 5),
            }, ("id", k)).SingleOrDefault()
            : null;
        return new DocumentContext(document, main, actors, siblings, dossier);
    });

    private const string DocumentColumns = "d.id, d.bijgewerkt, d.deleted, d.soort, d.document_nummer, d.titel, d.onderwerp, d.datum, d.volgnummer, d.vergaderjaar, " +
        "d.aanhangselnummer, d.kamerstukdossier_id, d.versie_id, d.content_type, d.content_length, d.enclosure";

    private static List<Document> Documents(DbConnection connection, string where, params (string, object?)[] parameters)
    {
        var documents = Sql.Rows(connection, null, $"SELECT {DocumentColumns} FROM tk_document d {where} ORDER BY d.id", r => new Document
        {
            Id = r.GetString(0), Bijgewerkt = Text(r, 1), Deleted = Long(r, 2) != 0, Soort = Text(r, 3), DocumentNummer = Text(r, 4), Titel = Text(r, 5),
            Onderwerp = Text(r, 6), Datum = Text(r, 7), Volgnummer = r.IsDBNull(8) ? null : Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture),
            Vergaderjaar = Text(r, 9), Aanhangselnummer = Text(r, 10), KamerstukdossierId = Text(r, 11), VersieId = Text(r, 12), ContentType = Text(r, 13),
            ContentLength = r.IsDBNull(14) ? null : Long(r, 14), Enclosure = Text(r, 15),
        }, parameters);
        return documents.Select(d => d with
        {
            ZaakIds = Sql.Rows(connection, null, "SELECT zaak_id FROM tk_document_zaak WHERE document_id = @id ORDER BY zaak_id", r => r.GetString(0), ("id", d.Id)),
        }).ToList();
    }

    private static Zaak? Zaken(DbConnection connection, string id) => Sql.Rows(connection, null,
        "SELECT id, bijgewerkt, deleted, nummer, soort, onderwerp, titel, gestart_op, vergaderjaar, kamerstukdossier_id, afgedaan FROM tk_zaak WHERE id = @id",
        ReadZaak, ("id", id)).SingleOrDefault();

    private static Zaak ReadZaak(DbDataReader r) => new()
    {
        Id = r.GetString(0), Bijgewerkt = Text(r, 1), Deleted = Long(r, 2) != 0, Nummer = Text(r, 3), Soort = Text(r, 4), Onderwerp = Text(r, 5),
        Titel = Text(r, 6), GestartOp = Text(r, 7), Vergaderjaar = Text(r, 8), KamerstukdossierId = Text(r, 9), Afgedaan = r.IsDBNull(10) ? null : Long(r, 10) != 0,
    };

    private const string ActorColumns = "id, bijgewerkt, deleted, zaak_id, persoon_id, fractie_id, actor_naam, actor_fractie, functie, relatie";

    private static ZaakActor ReadActor(DbDataReader r) => new()
    {
        Id = r.GetString(0), Bijgewerkt = Text(r, 1), Deleted = Long(r, 2) != 0, ZaakId = Text(r, 3), PersoonId = Text(r, 4), FractieId = Text(r, 5),
        ActorNaam = Text(r, 6), ActorFractie = Text(r, 7), Functie = Text(r, 8), Relatie = Text(r, 9),
    };

    public FileRead? File(string documentId) => Use(connection => Sql.Rows(connection, null,
        "SELECT document_id, version, sha256, error, json FROM tk_file WHERE document_id = @id",
        r => new FileRead(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4)), ("id", documentId)).SingleOrDefault());

    public ArchivedDocument? Archived(string documentId) => Use(connection => Sql.Rows(connection, null,
        $"SELECT {ArchivedColumns} FROM tk_archived WHERE document_id = @id", ReadArchived, ("id", documentId)).SingleOrDefault());

    public ArchivedDocument? ArchivedAs(string archiveId) => Use(connection => Sql.Rows(connection, null,
        $"SELECT {ArchivedColumns} FROM tk_archived WHERE archive_id = @id ORDER BY document_id", ReadArchived, ("id", archiveId)).FirstOrDefault());

    public IReadOnlyList<ArchivedDocument> CaseDocuments(string caseNumber) => Use(connection => Sql.Rows(connection, null,
        $"SELECT {ArchivedColumns} FROM tk_archived WHERE case_number = @c ORDER BY datum, archive_id", ReadArchived, ("c", caseNumber)));

    private const string ArchivedColumns = "document_id, archive_id, case_number, soort, datum";

    private static ArchivedDocument ReadArchived(DbDataReader r) => new(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4));

    public void Complete(IReadOnlyList<Completion> completions)
    {
        ArgumentNullException.ThrowIfNull(completions);
        InTransaction((connection, transaction) =>
        {
            foreach (var c in completions)
            {
                if (c.File is { } file)
                {
                    Sql.Run(connection, transaction, """
                        INSERT INTO tk_file (document_id, version, sha256, error, json) VALUES (@id, @version, @sha, @error, @json)
                        ON CONFLICT (document_id) DO UPDATE SET version = excluded.version, sha256 = excluded.sha256, error = excluded.error, json = excluded.json
                        """, ("id", c.DocumentId), ("version", file.Version), ("sha", file.Sha256), ("error", file.Error), ("json", file.Json));
                }
                if (c.Archived is { } archived)
                {
                    Sql.Run(connection, transaction, """
                        INSERT INTO tk_archived (document_id, archive_id, case_number, soort, datum) VALUES (@id, @archive, @case, @soort, @datum)
                        ON CONFLICT (document_id) DO UPDATE SET archive_id = excluded.archive_id, case_number = excluded.case_number, soort = excluded.soort, datum = excluded.datum
                        """, ("id", c.DocumentId), ("archive", archived.ArchiveId), ("case", archived.CaseNumber), ("soort", archived.Soort), ("datum", archived.Datum));
                }
                else
                {
                    Sql.Run(connection, transaction, "DELETE FROM tk_archived WHERE document_id = @id", ("id", c.DocumentId));
                }
                if (!c.TryAgain)
                    Sql.Run(connection, transaction, "DELETE FROM tk_pending WHERE document_id = @id", ("id", c.DocumentId));
            }
        });
    }

    public IReadOnlyList<WrittenCase> Unanswered(DateOnly filedBy) => Cases($"""
        AND substr(z.gestart_op, 1, 10) <= @filedBy AND NOT EXISTS (
            SELECT 1 FROM tk_document_zaak dz JOIN tk_document d ON d.id = dz.document_id
            WHERE dz.zaak_id = z.id AND d.deleted = 0 AND d.soort IN ('{OfficialKinds.Answer}', '{OfficialKinds.FurtherAnswer}'))
        """, ("filedBy", filedBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public IReadOnlyList<WrittenCase> WrittenCases() => Cases("");

    /// <summary>Written-question cases passing <paramref name="condition"/> (on z), with their actors and answer and delay notice dates.</summary>
    private List<WrittenCase> Cases(string condition, params (string, object?)[] parameters) => Use(connection =>
    {
        var where = $"WHERE z.deleted = 0 AND z.soort = '{OfficialKinds.Questions}' {condition}";
        var cases = Sql.Rows(connection, null, $"SELECT z.id, z.nummer, z.onderwerp, z.gestart_op FROM tk_zaak z {where} ORDER BY z.gestart_op, z.nummer",
            r => new WrittenCase(r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3), []), parameters);
        var actors = Sql.Rows(connection, null, $"""
            SELECT {string.Join(", ", ActorColumns.Split(", ").Select(c => "a." + c))} FROM tk_zaak_actor a JOIN tk_zaak z ON z.id = a.zaak_id
            {where} AND a.deleted = 0 ORDER BY a.id
            """, ReadActor, parameters).ToLookup(a => a.ZaakId!);
        var documents = Sql.Rows(connection, null, $"""
            SELECT dz.zaak_id, d.soort, d.datum FROM tk_document d JOIN tk_document_zaak dz ON dz.document_id = d.id JOIN tk_zaak z ON z.id = dz.zaak_id
            {where} AND d.deleted = 0 AND d.soort IN ('{OfficialKinds.Answer}', '{OfficialKinds.FurtherAnswer}', '{OfficialKinds.DelayNotice}')
            ORDER BY d.datum
            """, r => (Zaak: r.GetString(0), Soort: Text(r, 1), Datum: Text(r, 2)), parameters).ToLookup(d => d.Zaak);
        return cases.Select(c => c with
        {
            Actors = [.. actors[c.Id]],
            Answers = [.. documents[c.Id].Where(d => OfficialKinds.IsAnswer(d.Soort) && d.Datum is not null).Select(d => d.Datum!)],
            DelayNotices = [.. documents[c.Id].Where(d => d.Soort == OfficialKinds.DelayNotice && d.Datum is not null).Select(d => d.Datum!)],
        }).ToList();
    });

    public IReadOnlyList<Toezegging> Toezeggingen(string? ministry = null) => Use(connection => Sql.Rows(connection, null, """
        SELECT id, bijgewerkt, nummer, tekst, naam, functie, ministerie, status, datum_nakoming, kamerbrief_nakoming, aanmaakdatum, fractie_id, persoon_id
        FROM tk_toezegging WHERE deleted = 0 AND (CAST(@ministry AS TEXT) IS NULL OR lower(ministerie) LIKE '%' || lower(CAST(@ministry AS TEXT)) || '%')
        ORDER BY aanmaakdatum, id
        """, r => new Toezegging
    {
        Id = r.GetString(0), Bijgewerkt = Text(r, 1), Nummer = Text(r, 2), Tekst = Text(r, 3), Naam = Text(r, 4), Functie = Text(r, 5), Ministerie = Text(r, 6),
        Status = Text(r, 7), DatumNakoming = Text(r, 8), KamerbriefNakoming = Text(r, 9), Aanmaakdatum = Text(r, 10), FractieId = Text(r, 11), PersoonId = Text(r, 12),
    }, ("ministry", ministry)));

    public IReadOnlyDictionary<string, long> Counts() => Use(connection =>
        EntityTables.ToDictionary(t => t, t => Convert.ToInt64(Sql.Scalar(connection, null, $"SELECT COUNT(*) FROM {t}"), CultureInfo.InvariantCulture), StringComparer.Ordinal));

    private static readonly string[] EntityTables =
        ["tk_zaak", "tk_zaak_actor", "tk_document", "tk_document_actor", "tk_persoon", "tk_fractie", "tk_kamerstukdossier", "tk_toezegging"];

    public void Dispose() => owner?.Dispose();

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    /// <summary>An integer column as a long, whatever width the engine gives it.</summary>
    private static long Long(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
}
