namespace ParlQA.Archive.Official;

/// <summary>
/// The Tweede Kamer's own record kept beside the archive (tables tk_*, migrations Sqlite 0008, Postgres 0006): what the SyncFeed delivered,
/// where each category's feed goes on, which feed documents still need their archive document built, and what each
/// became. The same SQL on both engines; a page and its cursor are written in one transaction.
/// </summary>
public interface IOfficialRecord : IDisposable
{
    /// <summary>Writes one feed page's entities (the last version winning) and the category's new cursor in one transaction,
    /// and marks the documents whose archive document they change as pending.</summary>
    void ApplyPage(FeedPageWrite page);

    /// <summary>Every category's cursor and how its last run went, by category name.</summary>
    IReadOnlyList<FeedCursor> Cursors();

    FeedCursor? Cursor(string category);

    /// <summary>Records the end of a category's run at <paramref name="endedAt"/>: read to its end (<paramref name="failure"/> null) or failed with a reason.</summary>
    void RecordRun(string category, string endedAt, string? failure);

    /// <summary>Pending feed documents after <paramref name="after"/> in id order, at most <paramref name="limit"/>; with
    /// <paramref name="since"/>, only those dated on or after it (the others stay pending).</summary>
    IReadOnlyList<string> Pending(int limit, string? after = null, DateOnly? since = null);

    int PendingCount();

    /// <summary>A feed document with its case, the case's actors and documents, and its dossier; null if never delivered.</summary>
    DocumentContext? Context(string documentId);

    /// <summary>What reading the document's file gave the last time, or null.</summary>
    FileRead? File(string documentId);

    /// <summary>Which archive document a feed document became, or null.</summary>
    ArchivedDocument? Archived(string documentId);

    /// <summary>The feed documents behind an archive document's id (normally one).</summary>
    ArchivedDocument? ArchivedAs(string archiveId);

    /// <summary>The archive documents of a case, oldest first.</summary>
    IReadOnlyList<ArchivedDocument> CaseDocuments(string caseNumber);

    /// <summary>Writes what building some pending documents gave, and takes them off the pending list, in one transaction.</summary>
    void Complete(IReadOnlyList<Completion> completions);

    /// <summary>Written-question cases (soort "Schriftelijke vragen") filed on or before <paramref name="filedBy"/> with no
    /// answer document, oldest first, with their actors and delay notices.</summary>
    IReadOnlyList<WrittenCase> Unanswered(DateOnly filedBy);

    /// <summary>Every written-question case with its actors and the dates of its answer and delay notice documents.</summary>
    IReadOnlyList<WrittenCase> WrittenCases();

    /// <summary>The Kamer's own commitments, oldest first; <paramref name="ministry"/> narrows to a ministry containing it.</summary>
    IReadOnlyList<Toezegging> Toezeggingen(string? ministry = null);

    /// <summary>How many entities of each table are kept (deleted ones included).</summary>
    IReadOnlyDictionary<string, long> Counts();
}

/// <summary>One page to write: its entities in feed order and where the category goes on afterwards.</summary>
public sealed record FeedPageWrite(string Category, IReadOnlyList<OfficialEntity> Entities, string? NextPage, string? Skiptoken);

/// <summary>Where a category's feed goes on (a path and query relative to the origin), and how it went.</summary>
public sealed record FeedCursor(string Category, string? NextPage, string? Skiptoken, long Pages, long Entities, string? LastRun, string? LastError);

/// <summary>A feed document and everything its archive document is built from.</summary>
public sealed record DocumentContext(Document Document, Zaak? Case, IReadOnlyList<ZaakActor> Actors, IReadOnlyList<Document> CaseDocuments, Kamerstukdossier? Dossier);

/// <summary>What reading a file gave: the document as read (JSON) or the reason it could not be read, for one file version.</summary>
public sealed record FileRead(string DocumentId, string Version, string? Sha256, string? Error, string? Json);

/// <summary>The archive document a feed document became.</summary>
public sealed record ArchivedDocument(string DocumentId, string ArchiveId, string? CaseNumber, string? Soort, string? Datum);

/// <summary>The outcome for one pending document: the file read (if any), and the archive document it is now (null: none);
/// <paramref name="TryAgain"/> keeps it pending (its file could not be fetched this time).</summary>
public sealed record Completion(string DocumentId, FileRead? File, ArchivedDocument? Archived, bool TryAgain = false);

/// <summary>A written-question case with what the overdue list and the response times need.</summary>
public sealed record WrittenCase(string Id, string? Nummer, string? Onderwerp, string? GestartOp, IReadOnlyList<ZaakActor> Actors)
{
    /// <summary>Dates (as written) of the case's answer documents, earliest first.</summary>
    public IReadOnlyList<string> Answers { get; init; } = [];

    /// <summary>Dates (as written) of the case's delay notices, earliest first.</summary>
    public IReadOnlyList<string> DelayNotices { get; init; } = [];
}
