namespace ParlQA.Archive;

/// <summary>A commitment in the register: where it was made, by whom, when it is due, and whether it was kept.</summary>
public sealed record RegisteredCommitment(
    long Id, string DocumentId, string AnswerId, string Text, string? DueHint, DateOnly? DueDate, string? Ministry,
    DateOnly? MadeOn, string? FulfilledBy)
{
    /// <summary>fulfilled, overdue (past its estimated date), or open.</summary>
    public string Status(DateOnly today) => FulfilledBy is not null ? "fulfilled" : DueDate is { } due && due < today ? "overdue" : "open";
}
