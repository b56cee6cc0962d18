using System.Diagnostics;
using System.Globalization;
using ParlQA.Archive;
using ParlQA.Archive.Official;
using ParlQA.Model;
using ParlQA.Reading;
using ParlQA.Sync.Documents;
using ParlQA.Sync.Feed;

namespace ParlQA.Sync;

/// <summary>
/// One <c>parlqa sync</c>: every category's chain of pages from its cursor to the end (the categories side by side,
/// each page written with its cursor in one transaction), then the archive documents of the feed documents that changed:
/// files fetched and read, the Kamer's record laid over them, stored in batches. Killed at any moment, the next run goes
/// on from the last page written and the documents still pending: nothing is lost or stored twice.
/// </summary>
public sealed class SyncRun(IArchive archive, IOfficialRecord record, FeedClient client, SyncOptions? options = null, Action<SyncProgress>? progress = null)
{
    private readonly SyncOptions _options = options ?? new SyncOptions();

    /// <summary>One writer at a time: the categories' pages come in side by side.</summary>
    private readonly Lock _write = new();

    private long _pages, _entities;
    private int _files, _filesFailed, _documents, _handled;

    /// <summary>The pending feed documents this run builds, when known (not with a --since day, which narrows them as it goes).</summary>
    private int? _toHandle;

    public async Task<SyncSummary> Run(CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var categories = await Task.WhenAll(_options.Categories.Select(c => ReadCategory(c, cancellation))).ConfigureAwait(false);
        var feed = clock.Elapsed;
        var documents = await BuildDocuments(cancellation).ConfigureAwait(false);
        return documents with { Categories = categories, Retries = client.Retries, Elapsed = clock.Elapsed, FeedElapsed = feed };
    }

    /// <summary>A category's pages from its cursor on, until a page has no next link.</summary>
    private async Task<CategoryResult> ReadCategory(string category, CancellationToken cancellation)
    {
        FeedCursor? cursor;
        lock (_write)
            cursor = record.Cursor(category);
        string next = cursor?.NextPage ?? FeedCategories.FirstPage(category);
        int pages = 0, entities = 0;
        try
        {
            while (true)
            {
                var page = await client.Page(next, cancellation).ConfigureAwait(false);
                var kept = page.Entries.Select(e => e.Entity).OfType<OfficialEntity>().ToList();
                // Caught up: go on after the last entry next time; otherwise at the page after this one.
                var resume = page.Next ?? page.Resume ?? next;
                lock (_write)
                    record.ApplyPage(new FeedPageWrite(category, kept, resume, FeedPageReader.Skiptoken(resume)));
                pages++;
                entities += kept.Count;
                Interlocked.Increment(ref _pages);
                Interlocked.Add(ref _entities, kept.Count);
                Report("feed");
                if (page.Next is null || page.Next == next)
                    break;
                next = page.Next;
            }
            lock (_write)
                record.RecordRun(category, Now(), null);
            return new CategoryResult(category, pages, entities, null);
        }
        catch (FeedException e)
        {
            lock (_write)
                record.RecordRun(category, Now(), e.Message);
            return new CategoryResult(category, pages, entities, e.Message);
        }
    }

    /// <summary>The pending feed documents, a batch at a time: each batch's files fetched and read side by side, its documents
    /// stored in one transaction, then taken off the pending list.</summary>
    private async Task<SyncSummary> BuildDocuments(CancellationToken cancellation)
    {
        int added = 0, updated = 0, unchanged = 0, removed = 0, waiting = 0;
        var unreadable = new List<(string, string)>();
        using var reading = new SemaphoreSlim(Math.Max(1, _options.ReadJobs));
        lock (_write)
            _toHandle = _options.Since is null ? record.PendingCount() : null;
        string? after = null;
        while (true)
        {
            var ids = record.Pending(_options.Batch, after, _options.Since);
            if (ids.Count == 0)
                break;
            after = ids[^1];
            // What the record holds is read first, one at a time (one connection); files are then fetched and read side by side.
            List<Planned> planned;
            lock (_write)
                planned = [.. ids.Select(Plan)];
            var built = await Task.WhenAll(planned.Select(p => Build(p, reading, cancellation))).ConfigureAwait(false);
            var documents = built.Where(b => b.Document is not null).Select(b => b.Document!).ToList();
            var outcomes = archive.Store(documents, Synced);
            added += outcomes.Count(o => o == StoreOutcome.New);
            updated += outcomes.Count(o => o == StoreOutcome.Updated);
            unchanged += outcomes.Count(o => o == StoreOutcome.Unchanged);
            foreach (var gone in built.SelectMany(b => b.Removed))
            {
                if (Remove(gone.Id, gone.Reason))
                    removed++;
            }
            waiting += built.Count(b => b.Waiting);
            unreadable.AddRange(built.Where(b => b.Unreadable is not null).Select(b => (b.Document!.Id, b.Unreadable!)));
            lock (_write)
                record.Complete([.. built.Select(b => b.Completion)]);
            _documents += documents.Count;
            _handled += ids.Count;
            Report("documents");
        }
        return new SyncSummary { New = added, Updated = updated, Unchanged = unchanged, Removed = removed, Waiting = waiting, FilesRead = _files, Unreadable = unreadable };
    }

    /// <summary>What one pending feed document becomes.</summary>
    private sealed record Built(Completion Completion, QaDocument? Document, IReadOnlyList<(string Id, string Reason)> Removed, bool Waiting = false, string? Unreadable = null);

    /// <summary>A pending feed document with what the record holds about it.</summary>
    private sealed record Planned(string DocumentId, DocumentContext? Context, ArchivedDocument? Before, FileRead? Known);

    private Planned Plan(string documentId) =>
        new(documentId, record.Context(documentId), record.Archived(documentId), record.File(documentId));

    private async Task<Built> Build(Planned planned, SemaphoreSlim reading, CancellationToken cancellation)
    {
        var (documentId, context, before, known) = planned;
        if (context is null)
            return new Built(new Completion(documentId, null, null), null, []);
        var document = context.Document;
        if (document.Deleted || !OfficialKinds.HasFile(document.Soort))
            return new Built(new Completion(documentId, null, null), null, Gone(before, null, document.Deleted ? RemovedReasons.Deleted : RemovedReasons.NotWrittenQuestions));
        var (archiveId, waitingFor) = OfficialIds.For(context);
        if (archiveId is null)
            return new Built(new Completion(documentId, null, null), null, Gone(before, null, RemovedReasons.Waiting(waitingFor!)), Waiting: true);

        var (read, file, fetched) = await ReadFile(document, known, reading, cancellation).ConfigureAwait(false);
        var built = OfficialDocuments.Build(archiveId, context, read);
        var archived = new ArchivedDocument(documentId, archiveId, context.Case?.Nummer, document.Soort, document.Datum);
        var problem = built.Diagnostics.FirstOrDefault(d => d.Code == OfficialDocuments.UnreadableCode)?.Message;
        return new Built(new Completion(documentId, file, archived, TryAgain: !fetched), built, Gone(before, archiveId, RemovedReasons.Renamed(archiveId)), Unreadable: problem);
    }

    /// <summary>The archive document a feed document was before, when it is no longer that one.</summary>
    private static IReadOnlyList<(string, string)> Gone(ArchivedDocument? before, string? now, string reason) =>
        before is not null && before.ArchiveId != now ? [(before.ArchiveId, reason)] : [];

    /// <summary>
    /// The file as read, from the record when this version of it was read before; else fetched (at most --jobs at once with
    /// the feed) and read (at most <see cref="SyncOptions.ReadJobs"/> at once). <c>fetched</c> is false when it could not be
    /// fetched this time (then nothing is remembered, and the next run tries again).
    /// </summary>
    private async Task<(ReadResult? Read, FileRead? File, bool Fetched)> ReadFile(Archive.Official.Document document, FileRead? known, SemaphoreSlim reading,
        CancellationToken cancellation)
    {
        if (document.Enclosure is null)
            return (null, null, true);
        var version = string.Join('|', document.VersieId, document.ContentLength?.ToString(CultureInfo.InvariantCulture), document.ContentType, document.Enclosure);
        if (known is not null && known.Version == version)
            return (known.Json is { } json ? ReadResult.Success(QaJson.Deserialize(json)!) : ReadResult.Failure(known.Error ?? SyncMessages.NoFile), known, true);
        byte[] bytes;
        try
        {
            bytes = await client.File(document.Enclosure, _options.Reader.MaxBytes, cancellation).ConfigureAwait(false);
        }
        catch (FeedException e)
        {
            Interlocked.Increment(ref _filesFailed);
            return (ReadResult.Failure(e.Message), null, false);
        }
        await reading.WaitAsync(cancellation).ConfigureAwait(false);
        ReadResult read;
        try
        {
            // On a thread of its own: a long read must not hold up the pool threads the downloads' continuations need.
            read = await Task.Factory.StartNew(() => ReadSafely(bytes, document.DocumentNummer ?? document.Id), cancellation,
                TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            reading.Release();
        }
        Interlocked.Increment(ref _files);
        if (!read.Succeeded)
            Interlocked.Increment(ref _filesFailed);
        Report("files");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return (read, new FileRead(document.Id, version, sha, read.Error, read.Document is { } d ? QaJson.Serialize(d, indented: false) : null), true);
    }

    /// <summary>A reader bug on one file is that file's reason; the sync goes on.</summary>
    private ReadResult ReadSafely(byte[] bytes, string name)
    {
        try
        {
            return DocumentReader.Read(bytes, name, _options.Reader);
        }
#pragma warning disable CA1031 // one file must not stop the sync
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReadResult.Failure($"internal error while reading ({e.GetType().Name}: {e.Message})");
        }
    }

    /// <summary>Who stores and removes the documents, in their history.</summary>
    public static readonly Actor Synced = Actor.Local("sync");

    /// <summary>Takes a document out of the current archive (its history keeps it, with the reason).</summary>
    private bool Remove(string id, string reason) => archive.Remove(id, Synced, reason);

    private void Report(string phase) =>
        progress?.Invoke(new SyncProgress(Interlocked.Read(ref _pages), Interlocked.Read(ref _entities), _files, _filesFailed, _documents, _handled, _toHandle, phase));

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Why a synced document left the current archive (kept in its history).</summary>
public static class RemovedReasons
{
    public const string Deleted = "deleted from the Tweede Kamer's record";
    public const string NotWrittenQuestions = "no longer a written-questions document in the Tweede Kamer's record";

    public static string Waiting(string what) => $"waits for {what} in the Tweede Kamer's record";

    public static string Renamed(string id) => $"now {id} in the Tweede Kamer's record";
}
