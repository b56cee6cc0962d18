namespace ParlQA.Reading.Layout;

/// <summary>
/// One non-blank line of a layout source, with the layout facts the structure recogniser reads:
/// whether a blank line follows (question rows in committee lists are spaced), and where pages start.
/// </summary>
internal sealed record SourceLine
{
    /// <summary>The line's text without leading or trailing white space.</summary>
    public required string Text { get; init; }

    /// <summary>1-based line number in the source text.</summary>
    public required int Number { get; init; }

    public int? Page { get; init; }

    /// <summary>The first line of a page.</summary>
    public bool PageStart { get; init; }

    public bool BlankBefore { get; init; }
    public bool BlankAfter { get; init; }

    /// <summary>A page ends after this line, so whether a blank line would have followed is unknown.</summary>
    public bool PageEnd { get; init; }

    /// <summary>The raw line ended in white space; tells "wet- " (a real hyphen) from "regelma-" (a break).</summary>
    public bool TrailingSpace { get; init; }

    /// <summary>Room left on the line before the column's right edge, in points, where the layout is known (PDF).</summary>
    public double? RoomAtEnd { get; init; }

    /// <summary>Width of the line's first word plus a space, in points, where the layout is known (PDF).</summary>
    public double? FirstWordWidth { get; init; }

    /// <summary>
    /// Where the layout knows the list's number column (an HTML table): the "Nr." cell of the row this line starts
    /// ("12", "2, 4", "" for an empty cell), the cell's text left out of <see cref="Text"/>; null on any other line.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>Hyperlinks on the line (Word): the URL behind a text that may only name it.</summary>
    public IReadOnlyList<LinkedText> Links { get; init; } = [];

    /// <summary>Followed by a blank line, or by a page break, where a blank line may have been lost.</summary>
    public bool SparseOrPageEnd => BlankAfter || PageEnd;
}
