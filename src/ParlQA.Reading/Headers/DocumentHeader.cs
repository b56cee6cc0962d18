using ParlQA.Model;

namespace ParlQA.Reading.Headers;

/// <summary>What a document says about itself before its first question: the document-level fields of <see cref="QaDocument"/>.</summary>
internal sealed record DocumentHeader
{
    public string? Id { get; init; }
    public required DocumentKind Kind { get; init; }
    public string? Chamber { get; init; }
    public string? Session { get; init; }
    public string? Dossier { get; init; }
    public int? Number { get; init; }
    public string? Title { get; init; }
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

    /// <summary>The header's own text, searched for citations like the rest of the document.</summary>
    public string Text { get; init; } = "";
}
