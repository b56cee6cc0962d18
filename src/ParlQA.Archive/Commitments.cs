namespace ParlQA.Archive;

/// <summary>A commitment in the register: where it was made, by whom, when it is due, and whether it was kept.</summary>
public sealed record RegisteredCommitment(
    long Id, string DocumentId, string AnswerId, string Text, string? DueHint, DateOnly? DueDate, string? Ministry,
    DateOnly? MadeOn, string? FulfilledBy)
{
    /// <summary>Every answer of the document that makes this promise (<see cref="AnswerId"/> first).</summary>
    public IReadOnlyList<string> AnswerIds { get; init; } = [];

    /// <summary>fulfilled, overdue (past its estimated date), or open.</summary>
    public string Status(DateOnly today) => FulfilledBy is not null ? "fulfilled" : DueDate is { } due && due < today ? "overdue" : "open";
}

/// <summary>
/// One change of a commitment's status, as the register keeps it: when, who, from which status to which (as they stood
/// that day), and the document that kept the promise.
/// </summary>
public sealed record CommitmentChange(long CommitmentId, string DocumentId, string Text, DateTimeOffset At, Actor By, string From, string To, string? FulfilledBy)
{
    /// <summary>The change's own number, in the order the register made them.</summary>
    public long Number { get; init; }
}
