using ParlQA.Model;

namespace ParlQA.Reading;

/// <summary>The outcome of reading one file: a document, or one clear sentence of what is wrong with it.</summary>
public sealed record ReadResult
{
    public QaDocument? Document { get; init; }

    /// <summary>Why nothing could be read, e.g. "binary data: not a text, PDF, Word or XML document".</summary>
    public string? Error { get; init; }

    public bool Succeeded => Document is not null;

    public static ReadResult Success(QaDocument document) => new() { Document = document };
    public static ReadResult Failure(string error) => new() { Error = error };
}
