namespace ParlQA.Model;

/// <summary>
/// One parliamentary written-questions document as ParlQA understands it: who asked whom about what,
/// every printed question and answer, and what the reader noticed. Immutable: readers build it once.
/// </summary>
public sealed record QaDocument
{
    /// <summary>Version of the JSON contract this record serialises to (see schema/qadocument.schema.json).</summary>
    public int SchemaVersion { get; init; } = QaJson.SchemaVersion;

    /// <summary>Official id where there is one (<c>kst-35207-34</c>), otherwise a slug of the content hash.</summary>
    public required string Id { get; init; }

    public required DocumentKind Kind { get; init; }
    public string? Chamber { get; init; }

    /// <summary>Parliamentary year as printed, with an en dash: "2019–2020".</summary>
    public string? Session { get; init; }

    /// <summary>Kamerstuk dossier as printed, e.g. "35 207" or "34 300 V".</summary>
    public string? Dossier { get; init; }

    public int? Number { get; init; }
    public string? Title { get; init; }

    /// <summary>What the questions are about, in the document's own words.</summary>
    public string? Subject { get; init; }

    public string? Committee { get; init; }
    public IReadOnlyList<Member> AskedBy { get; init; } = [];
    public IReadOnlyList<string> Addressees { get; init; } = [];
    public SubjectLetter? SubjectLetter { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? AnsweredBy { get; init; }
    public string? Chair { get; init; }
    public string? Clerk { get; init; }
    public IReadOnlyList<Question> Questions { get; init; } = [];
    public IReadOnlyList<Answer> Answers { get; init; } = [];
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>A notice instead of answers, where the document has one.</summary>
    public Notice? Notice { get; init; }
    public IReadOnlyList<Citation> Citations { get; init; } = [];
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    public SourceInfo? Source { get; init; }

    /// <summary>The Kamer's own record of the document, for documents synced from its open data.</summary>
    public OfficialSource? Official { get; init; }
}
