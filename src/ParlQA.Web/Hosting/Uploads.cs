using ParlQA.Archive;
using ParlQA.Model;
using ParlQA.Reading;

namespace ParlQA.Web.Hosting;

/// <summary>What became of an uploaded file: the document read and, when stored, how; or why it was refused.</summary>
public sealed record UploadResult(QaDocument? Document, StoreOutcome? Outcome, string? Error)
{
    /// <summary>Read and shown only: it did not enter the archive.</summary>
    public bool OnlyRead => Document is not null && Outcome is null;

    /// <summary>Whether the archive holds a document with the same id (for a file only read: it was left alone).</summary>
    public bool InArchive { get; init; }
}

/// <summary>
/// Reads an uploaded file in memory (nothing is written to disk) with the same reader and the same store as
/// <c>parlqa ingest</c>, so the web app cannot put into the archive what the CLI would not. Whether it is stored is
/// the caller's to decide (see <c>ArchivePolicy</c>): a file is stored only when an actor is given, and a document it
/// replaces is kept as an earlier version.
/// </summary>
public sealed class Uploads(ArchivePool archives, ArchiveService service, WebAppOptions options)
{
    /// <summary>The extensions the upload form offers; the content decides the format, not the name.</summary>
    public static readonly string[] Accepted = [".pdf", ".docx", ".txt", ".xml"];

    /// <summary>Reads the file, and stores it as <paramref name="storeAs"/> when given (else only reads it).</summary>
    public async Task<UploadResult> ReadAndStore(IFormFile file, Actor? storeAs, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length == 0)
            return new UploadResult(null, null, ReadErrors.Empty);
        if (file.Length > options.MaxUploadBytes)
            return new UploadResult(null, null, ReadErrors.TooLarge(file.Length, options.MaxUploadBytes).Replace(" (--max-size)", "", StringComparison.Ordinal));
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Accepted.Contains(extension))
            return new UploadResult(null, null, $"'{Path.GetFileName(file.FileName)}' is not a PDF, Word (.docx), text or XML file");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancel).ConfigureAwait(false);
        var read = Read(buffer.ToArray(), Path.GetFileName(file.FileName));
        if (read.Document is not { } document)
            return new UploadResult(null, null, read.Error);
        if (storeAs is null)
            return new UploadResult(document, null, null) { InArchive = service.Find(document.Id) is not null };
        var outcome = archives.Use(a => a.Store([document], storeAs)[0]);
        service.Changed();
        return new UploadResult(document, outcome, null) { InArchive = true };
    }

    private ReadResult Read(byte[] bytes, string fileName)
    {
        try
        {
            return DocumentReader.Read(bytes, fileName, new ReaderOptions { MaxBytes = options.MaxUploadBytes });
        }
#pragma warning disable CA1031 // a reader bug on one upload is that upload's error, not a 500
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReadResult.Failure($"internal error while reading ({e.GetType().Name}); please report it with this file");
        }
    }
}
