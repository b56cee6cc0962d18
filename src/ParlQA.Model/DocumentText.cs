namespace ParlQA.Model;

/// <summary>
/// The text form of questions, answers and footnotes (DESIGN.md, "Text"): paragraphs separated by a blank line,
/// a line of its own (a list item, a row of figures, a heading) after a single line break. Where a writer broke
/// a line on purpose, this says what the break is — the publisher and the readers decide alike.
/// </summary>
public static class DocumentText
{
    public const string ParagraphBreak = "\n\n";
    public const string LineBreak = "\n";

    private const string ClosingMarks = "»”’\"')]";

    /// <summary>
    /// The break before <paramref name="next"/>: a list item starts on a line of its own; after a line that ends a
    /// sentence a new paragraph starts; a line that goes on with a sentence in lower case was only wrapped, and joins
    /// with a space; after any other line (a heading, a row of figures) the next is a line of its own.
    /// </summary>
    public static string BreakBetween(string previous, string next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        if (IsListItem(next, previous))
            return LineBreak;
        if (EndsSentence(previous))
            return ParagraphBreak;
        return next.Length > 0 && char.IsLower(next[0]) ? " " : LineBreak;
    }

    /// <summary>
    /// "• item", "▪ item", "– item", "o Item" (Word's second level). A dash starts an item only where a list can be:
    /// after a lead-in ending in ":" or ";", or after another item; elsewhere it is a parenthetical dash.
    /// </summary>
    public static bool IsListItem(string line, string? previous)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!StartsWithBullet(line))
            return false;
        if (line[0] is not ('-' or '–' or '*'))
            return true;
        if (previous is null || StartsWithBullet(previous))
            return true;
        var end = previous.TrimEnd();
        return end.EndsWith(':') || end.EndsWith(';');
    }

    /// <summary>A bullet and a space at the line's start.</summary>
    public static bool StartsWithBullet(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length > 1 && line[1] == ' ' && line[0] is '•' or '▪' or '◦' or '●' or '■' or '\uF0B7' or '-' or '–' or '*'
            || line.StartsWith("o ", StringComparison.Ordinal) && line.Length > 2 && char.IsUpper(line[2]);
    }

    /// <summary>Ends in ". ! ? :", closing quotes and brackets allowed after.</summary>
    public static bool EndsSentence(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var core = line.AsSpan().TrimEnd();
        while (core.Length > 0 && ClosingMarks.Contains(core[^1], StringComparison.Ordinal))
            core = core[..^1];
        return core.Length > 0 && core[^1] is '.' or '!' or '?' or ':';
    }
}
