namespace ParlQA.Reading.Text;

/// <summary>List items: "• item", "- item", "– item", "▪ item", "o item" (Word's second-level bullet), and Symbol-font U+F0B7.</summary>
internal static class Bullets
{
    /// <summary>
    /// A dash at a line start is a list item only where a list can be: after a lead-in ending in ":" or ";",
    /// or after another item. Elsewhere it is a parenthetical dash ("waardeketen – zoals … – te identificeren").
    /// </summary>
    public static bool StartsItem(string line, string? previousLine, bool previousIsItem)
    {
        if (!StartsItem(line))
            return false;
        if (line[0] is not ('-' or '–' or '*'))
            return true;
        return previousLine is null || previousIsItem || previousLine.TrimEnd().EndsWith(':') || previousLine.TrimEnd().EndsWith(';');
    }

    public static bool StartsItem(string line) =>
        line.Length > 1 && line[1] == ' ' && line[0] is '•' or '▪' or '◦' or '●' or '■' or '\uF0B7' or '-' or '–' or '*'
        || line.StartsWith("o ", StringComparison.Ordinal) && line.Length > 2 && char.IsUpper(line[2]);
}
