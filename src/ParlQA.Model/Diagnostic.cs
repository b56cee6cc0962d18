namespace ParlQA.Model;

/// <summary>Something the reader noticed about the document: an oddity it worked around, or a failure.</summary>
public sealed record Diagnostic
{
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>Stable kebab-case code, e.g. <c>duplicate-number</c>.</summary>
    public required string Code { get; init; }

    public required string Message { get; init; }
    public int? Line { get; init; }
    public int? Page { get; init; }
}

/// <summary>How much a diagnostic matters; errors make <c>parlqa lint</c> fail.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
