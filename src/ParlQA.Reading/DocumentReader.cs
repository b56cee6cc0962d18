using System.Globalization;
using System.Security.Cryptography;
using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;

namespace ParlQA.Reading;

/// <summary>
/// The one entry point of reading: bytes in, a <see cref="QaDocument"/> or a clear error out. Any input
/// yields a result; nothing here throws for bad content.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads a file, refusing one over the size limit before loading it.</summary>
    public static ReadResult ReadFile(string path, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
                return ReadResult.Failure(Directory.Exists(path) ? "is a folder, not a file" : "no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Failure("cannot open: " + e.Message);
        }
        if (info.Length > options.MaxBytes)
            return ReadResult.Failure(ReadErrors.TooLarge(info.Length, options.MaxBytes));
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure("cannot read: " + e.Message);
        }
        return Read(bytes, info.Name, options);
    }

    public static ReadResult Read(ReadOnlySpan<byte> bytes, string? fileName = null, ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        if (bytes.Length > options.MaxBytes)
            return ReadResult.Failure(ReadErrors.TooLarge(bytes.Length, options.MaxBytes));
        var format = FormatSniffer.Sniff(bytes);
        var source = new SourceInfo
        {
            Format = format.ToString().ToLowerInvariant(),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes.Length,
            FileName = fileName,
        };
        return format switch
        {
            DocumentFormat.Text => ReadText(TextDecoder.Decode(bytes), source),
            DocumentFormat.Empty => ReadResult.Failure(ReadErrors.Empty),
            DocumentFormat.Binary => ReadResult.Failure(ReadErrors.Binary),
            DocumentFormat.Zip => ReadResult.Failure(ReadErrors.ZipNotWord),
            _ => ReadResult.Failure(ReadErrors.NotYetSupported(format)),
        };
    }

    /// <summary>Reads text as pdftotext and similar tools produce it.</summary>
    public static ReadResult ReadText(string text, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var layout = TextLayoutSource.Read(text);
        var markers = FootnoteMarkers.Candidates(layout.Lines.Select(l => l.Text));
        var blocks = ListRecogniser.Recognise(layout.Lines, markers);
        if (blocks.Questions.Count == 0)
            return ReadResult.Failure(ReadErrors.NoQuestions);
        return ReadResult.Success(ListDocumentBuilder.Build(layout, blocks, source));
    }
}

/// <summary>The one-line reasons a file cannot be read at all.</summary>
public static class ReadErrors
{
    public const string Empty = "empty file: there is nothing to read";
    public const string Binary = "binary data: not a text, PDF, Word or XML document";
    public const string ZipNotWord = "a zip archive that is not a Word document";
    public const string NoQuestions = "no numbered questions found: this does not look like a written-questions document";

    public static string TooLarge(long bytes, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"file is {Megabytes(bytes)}; the limit is {Megabytes(limit)} (--max-size)");

    public static string NotYetSupported(DocumentFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{format.ToString().ToUpperInvariant()} documents cannot be read yet; convert to text first (for a PDF: pdftotext FILE)");

    private static string Megabytes(long bytes) =>
        bytes >= 1024L * 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.0} GB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");
}
