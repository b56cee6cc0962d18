using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>Lines recognised as one printed block, before its text is built.</summary>
internal abstract class Block
{
    public List<SourceLine> Lines { get; } = [];

    /// <summary>The first line's text without its label; null when the label stood on a heading line of its own.</summary>
    public string? FirstLineText { get; init; }

    /// <summary>The heading line ("Vraag 3, 4 en 5") where the block has one.</summary>
    public SourceLine? Heading { get; init; }

    /// <summary>Where the block starts: its heading, or its first line.</summary>
    public SourceLine FirstLine => Heading ?? Lines[0];
}

/// <summary>A question block; <see cref="Numbers"/> is empty for an unnumbered follow-up question.</summary>
internal sealed class QuestionBlock : Block
{
    public string? Label { get; init; }
    public IReadOnlyList<int> Numbers { get; init; } = [];

    /// <summary>The letter of a sub-question ("a" of "2a"), or empty.</summary>
    public string Sub { get; init; } = "";

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

    /// <summary>How the text marks references to this footnote.</summary>
    public MarkerStyle Style { get; init; } = MarkerStyle.Glued;
}

/// <summary>How a document marks a footnote reference in running text.</summary>
internal enum MarkerStyle
{
    /// <summary>Glued to the word by PDF extraction: "verklaring1".</summary>
    Glued,

    /// <summary>Known from the layout (Word reference, PDF superscript), marked as <see cref="FootnoteMarkerText"/> encodes it.</summary>
    Explicit,

    /// <summary>"nos.nl)”1)?", "Verhoudingen 2),": the note texts start with "1)".</summary>
    Paren,

    /// <summary>"geraakt[1],": the note texts start with "[1]".</summary>
    Bracket,
}

/// <summary>What the recogniser found, in reading order.</summary>
internal sealed record RecognisedBlocks(
    IReadOnlyList<SourceLine> FrontMatter,
    IReadOnlyList<QuestionBlock> Questions,
    IReadOnlyList<AnswerBlock> Answers,
    IReadOnlyList<FootnoteBlock> Footnotes,
    IReadOnlyList<ParlQA.Model.Diagnostic> Diagnostics)
{
    /// <summary>A notice printed instead of answers ("Mededeling"), with its lines.</summary>
    public IReadOnlyList<SourceLine> Notice { get; init; } = [];

    public BodyShape Shape { get; init; } = BodyShape.List;
}

/// <summary>How the body was printed, as the recogniser that read it found.</summary>
internal enum BodyShape
{
    /// <summary>A numbered list (a committee's list, numbered questions): a question is one paragraph.</summary>
    List,

    /// <summary>Blocks under "Vraag"/"Antwoord" headings: a question may have paragraphs.</summary>
    Headed,

    /// <summary>A committee's list whose rows the layout knows (<see cref="ColumnListRecogniser"/>): a question may have paragraphs.</summary>
    Rows,
}
