namespace ParlQA.Model;

/// <summary>A promise made in an answer (a "toezegging"): to inform the Chamber, or to do something.</summary>
public sealed record Commitment
{
    public required string AnswerId { get; init; }

    /// <summary>Every answer of the document that makes this promise in the same words, <see cref="AnswerId"/> first.</summary>
    public IReadOnlyList<string> AnswerIds { get; init; } = [];

    /// <summary>The sentence that makes the promise.</summary>
    public required string Text { get; init; }

    /// <summary>When, as written: "dit najaar", "voor de zomer".</summary>
    public string? DueHint { get; init; }

    /// <summary>The latest date the hint allows, read against the date of the answers.</summary>
    public DateOnly? DueDate { get; init; }
}
