namespace ParlQA.Model;

/// <summary>One printed answer block; it may cover several questions ("22–25").</summary>
public sealed record Answer
{
    /// <summary><c>a</c> + the id of the first question covered, without its <c>q</c>: <c>a22</c>, <c>a25-2</c>.</summary>
    public required string Id { get; init; }

    public string? Label { get; init; }
    public IReadOnlyList<string> QuestionIds { get; init; } = [];
    public required string Text { get; init; }

    /// <summary>Other questions of the same document this answer points to ("zie het antwoord op vraag 1").</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    public IReadOnlyList<int> FootnoteNumbers { get; init; } = [];
    public int? Page { get; init; }
    public int? Line { get; init; }
}

/// <summary>A pointer from an answer to a question of the same document.</summary>
public sealed record Reference(string QuestionId);
