using System.Text;
using ParlQA.Model;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Text;

/// <summary>
/// Builds the plain text of a question or answer from its lines (DESIGN.md, "Text"): lines of a
/// paragraph joined with one space, paragraphs separated by a blank line, one list item per line.
/// </summary>
/// <param name="evidence">The document's own words, for hyphens at line ends.</param>
/// <param name="fullWidth">Characters in a full line of running text: a shorter line that ends a sentence ends its paragraph.</param>
internal sealed class BlockTextBuilder(WordEvidence evidence, int fullWidth)
{
    /// <summary>Share of running-text lines shorter than a full line; the width is read just above them.</summary>
    private const double FullWidthPercentile = 0.95;

    /// <summary>A builder for one document: its body lines are the evidence for hyphens, its answers' inner lines show a full line's width.</summary>
    public static BlockTextBuilder For(IReadOnlyList<SourceLine> lines, IEnumerable<IReadOnlyList<SourceLine>> answers) =>
        new(WordEvidence.From(lines.Select(l => l.Text)), FullWidth(answers));

    /// <summary>The width of a full line of running text, in characters, read from the answers' inner lines.</summary>
    private static int FullWidth(IEnumerable<IReadOnlyList<SourceLine>> answers)
    {
        var lengths = answers.SelectMany(a => a.Take(a.Count - 1)).Select(l => l.Text.Length).Order().ToList();
        return lengths.Count == 0 ? int.MaxValue : lengths[(int)((lengths.Count - 1) * FullWidthPercentile)];
    }

    /// <summary>A question is one paragraph, however its lines were spaced.</summary>
    public string BuildParagraph(IReadOnlyList<SourceLine> lines, string? firstLineText = null)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = i == 0 && firstLineText is not null ? firstLineText : lines[i].Text;
            if (i == 0)
                text.Append(line);
            else
                LineJoiner.Append(text, lines[i - 1], line, evidence);
        }
        return text.ToString();
    }

    /// <summary>An answer keeps its paragraphs and list items.</summary>
    public string BuildParagraphs(IReadOnlyList<SourceLine> lines, string? firstLineText = null)
    {
        // Each unit: its text, whether it is a list item, and whether it is a line of its own (a row of figures).
        var units = new List<(StringBuilder Text, bool Item, bool Own)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = i == 0 && firstLineText is not null ? firstLineText : lines[i].Text;
            if (line.Length == 0)
                continue;
            bool item = Bullets.StartsItem(line, i == 0 ? null : lines[i - 1].Text, units.Count > 0 && units[^1].Item);
            // A blank line separates paragraphs, except the one a page break leaves inside a sentence.
            bool blank = i > 0 && lines[i].BlankBefore && !(lines[i].PageStart && !Punctuation.EndsSentence(lines[i - 1].Text));
            if (units.Count == 0 || item || blank || StartsNewUnit(units[^1].Item, lines[i - 1], line, lines[i]))
            {
                units.Add((new StringBuilder(line), item, false));
                continue;
            }
            if (LineOfItsOwn(lines[i - 1], line, lines[i]))
            {
                units.Add((new StringBuilder(line), false, true));
                continue;
            }
            LineJoiner.Append(units[^1].Text, lines[i - 1], line, evidence);
        }

        var result = new StringBuilder();
        for (int i = 0; i < units.Count; i++)
        {
            if (i > 0)
                result.Append(units[i].Item || units[i].Own ? "\n" : "\n\n");
            result.Append(units[i].Text);
        }
        return result.ToString();
    }

    /// <summary>
    /// A line broken on purpose — the next word would have fitted on the line before, as the layout shows — that the
    /// text form keeps as a line of its own (<see cref="DocumentText.BreakBetween"/>): a row of figures, a heading.
    /// </summary>
    private static bool LineOfItsOwn(SourceLine previous, string next, SourceLine nextLine) =>
        previous.RoomAtEnd is double room && nextLine.FirstWordWidth is double word && room > word
        && DocumentText.BreakBetween(FootnoteMarkerText.Pattern().Replace(previous.Text, ""), next) == DocumentText.LineBreak;

    /// <summary>
    /// A paragraph ends where a line ends a sentence although the next word would still have fitted on it;
    /// a list item ends at any such short line.
    /// </summary>
    private bool StartsNewUnit(bool inItem, SourceLine previous, string next, SourceLine nextLine)
    {
        if (!Punctuation.StartsLikeSentence(next))
            return false;
        bool shortLine = previous.RoomAtEnd is double room && nextLine.FirstWordWidth is double word
            ? room > word
            : previous.Text.Length + 1 + Punctuation.FirstWord(next).Length <= fullWidth;
        return shortLine && (inItem || Punctuation.EndsSentence(previous.Text));
    }
}
