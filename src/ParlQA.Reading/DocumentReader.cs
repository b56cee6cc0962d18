using System.Security.Cryptography;
using ParlQA.Model;
using ParlQA.Reading.Formats;

namespace ParlQA.Reading;

/// <summary>
/// The one entry point of reading: bytes in, a <see cref="QaDocument"/> or a clear error out. Any input
/// yields a result; nothing here throws for bad content. The reading itself is <see cref="ReadingPipeline"/>.
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
                return ReadResult.Failure(Directory.Exists(path) ? ReadErrors.IsFolder : ReadErrors.NoSuchFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Failure(ReadErrors.CannotOpen(e.Message));
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
            return ReadResult.Failure(ReadErrors.CannotRead(e.Message));
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
            FileFormat.Empty => ReadResult.Failure(ReadErrors.Empty),
            FileFormat.Binary => ReadResult.Failure(ReadErrors.Binary),
            FileFormat.Zip => ReadResult.Failure(ReadErrors.ZipNotWord),
            _ when ReadingPipeline.Sources.ContainsKey(format) => ReadingPipeline.Read(format, bytes.ToArray(), source, options),
            _ => ReadResult.Failure(ReadErrors.NotYetSupported(format)),
        };
    }
}
