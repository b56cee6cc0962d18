namespace ParlQA.Model;

/// <summary>Where a document was read from: enough to tell whether the same bytes come again.</summary>
public sealed record SourceInfo
{
    /// <summary>Format found from the content: <c>text</c>, <c>pdf</c>, <c>docx</c>, <c>xml</c>.</summary>
    public required string Format { get; init; }

    public required string Sha256 { get; init; }
    public long Bytes { get; init; }
    public int? Pages { get; init; }
    public string? FileName { get; init; }
}
