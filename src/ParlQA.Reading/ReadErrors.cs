using System.Globalization;
using ParlQA.Reading.Formats;

namespace ParlQA.Reading;

/// <summary>
/// Every one-line reason a file cannot be read at all, in one place (as <see cref="DiagnosticMessages"/> keeps
/// the diagnostics of files that can), so tests and hosts can match the exact text.
/// </summary>
public static class ReadErrors
{
    public const string NoSuchFile = "no such file";
    public const string IsFolder = "is a folder, not a file";
    public const string Empty = "empty file: there is nothing to read";
    public const string Binary = "binary data: not a text, PDF, Word or XML document";
    public const string ZipNotWord = "a zip archive that is not a Word document";
    public const string NoQuestions = "no numbered questions found: this does not look like a written-questions document";
    public const string EncryptedPdf = "encrypted PDF: it cannot be read without its password";
    public const string NoTextLayer = "no text layer: this PDF needs OCR";
    public const string WordWithoutMainPart = "not a Word document: it has no main document part";
    public const string WordWithoutDocumentXml = "not a Word document: the zip archive has no word/document.xml";

    /// <summary>A committee list's front page (its opening read) with none of the questions it announces: they are on pages the file does not hold.</summary>
    public static string FrontPageOnly(string? dossier, int? number) =>
        dossier is null || number is null
            ? "only the front page of a committee's list: its questions and answers are not in this file"
            : F($"only the front page of a committee's list (Kamerstuk {dossier}, nr. {number}): its questions and answers are not in this file");

    public static string CannotOpen(string reason) => "cannot open: " + reason;

    public static string CannotRead(string reason) => "cannot read: " + reason;

    public static string CorruptPdf(string reason) => "corrupt PDF: " + reason;

    public static string CorruptWord(string reason) => "corrupt Word document: " + reason;

    public static string ZipBombEntries(int entries, int limit) =>
        F($"zip bomb: the Word document holds {entries} files (limit {limit})");

    public static string ZipBombSize(long unpackedBytes, long limitBytes) =>
        F($"zip bomb: the Word document unpacks to {unpackedBytes / (1024 * 1024)} MB (limit {limitBytes / (1024 * 1024)} MB)");

    public static string TooLarge(long bytes, long limit) =>
        F($"file is {Megabytes(bytes)}; the limit is {Megabytes(limit)} (--max-size)");

    public static string NotYetSupported(FileFormat format) =>
        F($"{format.ToString().ToUpperInvariant()} documents cannot be read yet; convert to text first (for a PDF: pdftotext FILE)");

    private static string Megabytes(long bytes) =>
        bytes >= 1024L * 1024 * 1024
            ? F($"{bytes / (1024.0 * 1024 * 1024):0.0} GB")
            : F($"{bytes / (1024.0 * 1024):0.#} MB");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
