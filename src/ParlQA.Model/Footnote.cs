namespace ParlQA.Model;

/// <summary>A footnote with the URLs in its text.</summary>
public sealed record Footnote
{
    public required int Number { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Urls { get; init; } = [];
}
