namespace ParlQA.Model;

/// <summary>One printed question block. A block "Vraag 3, 4 en 5" is one question with three numbers.</summary>
public sealed record Question
{
    /// <summary>Permalink id: <c>q</c> + first printed number, <c>-2</c> for a repeated number, <c>q61.1</c> for an unnumbered follow-up.</summary>
    public required string Id { get; init; }

    /// <summary>The label as printed ("25", "2a"), or null when the question has none.</summary>
    public string? Label { get; init; }

    public IReadOnlyList<int> Numbers { get; init; } = [];
    public required string Text { get; init; }

    /// <summary>URLs the question cites, e.g. in "(bron: …)".</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<int> FootnoteNumbers { get; init; } = [];
    public int? Page { get; init; }

    /// <summary>1-based line in the source text where the block starts.</summary>
    public int? Line { get; init; }

    public string? AnswerId { get; init; }
}
