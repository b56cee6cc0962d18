using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>Lines recognised as one printed block, before its text is built.</summary>
internal abstract class Block
{
    public List<SourceLine> Lines { get; } = [];

    /// <summary>The first line's text without its label.</summary>
    public required string FirstLineText { get; init; }

    public SourceLine FirstLine => Lines[0];
}

/// <summary>A question block; <see cref="Numbers"/> is empty for an unnumbered follow-up question.</summary>
internal sealed class QuestionBlock : Block
{
    public string? Label { get; init; }
    public IReadOnlyList<int> Numbers { get; init; } = [];
    public string Id { get; set; } = "";
    public AnswerBlock? Answer { get; set; }
}

/// <summary>An answer block and the questions it answers.</summary>
internal sealed class AnswerBlock : Block
{
    public string? Label { get; init; }
    public List<QuestionBlock> Covers { get; } = [];
    public string Id => "a" + Covers[0].Id[1..];
}

/// <summary>A footnote's text at a page bottom or the end of the document.</summary>
internal sealed class FootnoteBlock : Block
{
    public required int Number { get; init; }
}

/// <summary>What the recogniser found, in reading order.</summary>
internal sealed record RecognisedBlocks(
    IReadOnlyList<SourceLine> FrontMatter,
    IReadOnlyList<QuestionBlock> Questions,
    IReadOnlyList<AnswerBlock> Answers,
    IReadOnlyList<FootnoteBlock> Footnotes,
    IReadOnlyList<ParlQA.Model.Diagnostic> Diagnostics);
