namespace ParlQA.Reading;

/// <summary>Limits that keep a bad file from taking the reader down.</summary>
public sealed record ReaderOptions
{
    /// <summary>50 MB: far above any real question document, far below what would exhaust memory.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static ReaderOptions Default { get; } = new();

    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>What a Word document may unpack to; more is a zip bomb (256 MB by default).</summary>
    public long MaxUnpackedBytes { get; init; } = 256L * 1024 * 1024;
}
