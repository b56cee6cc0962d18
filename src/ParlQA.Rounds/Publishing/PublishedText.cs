using System.Text;
using ParlQA.Model;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Text as typed into a round (any line endings, stray spaces, blank lines) in the form the archive and the
/// readers use (<see cref="DocumentText"/>): what the publisher prints is exactly what reading it back gives.
/// </summary>
public static class PublishedText
{
    /// <summary>The text in its published form: one space between words (non-breaking spaces kept), breaks as <see cref="DocumentText"/> decides.</summary>
    public static string Canonical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Lines(text);
        var result = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                result.Append(DocumentText.BreakBetween(lines[i - 1], lines[i]));
            result.Append(lines[i]);
        }
        return result.ToString();
    }

    /// <summary>The lines a published text is set in, each saying whether it starts a paragraph.</summary>
    public static IReadOnlyList<TextUnit> Units(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var units = new List<TextUnit>();
        foreach (var paragraph in canonical.Split(DocumentText.ParagraphBreak))
        {
            bool first = true;
            foreach (var line in paragraph.Split(DocumentText.LineBreak))
            {
                units.Add(new TextUnit(line, first));
                first = false;
            }
        }
        return units;
    }

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder(raw.Length);
            foreach (char c in raw)
            {
                bool space = c is ' ' or '\t';
                if (space && (line.Length == 0 || line[^1] == ' '))
                    continue;
                line.Append(space ? ' ' : c);
            }
            if (line.Length > 0 && line[^1] == ' ')
                line.Length--;
            if (line.Length > 0)
                lines.Add(line.ToString());
        }
        return lines;
    }
}

/// <summary>One line of a published text; <see cref="StartsParagraph"/> is false for a line of its own inside a paragraph (an item, a row).</summary>
public readonly record struct TextUnit(string Text, bool StartsParagraph);
