using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Lines;

/// <summary>
/// The footnotes of ParlQA's published list in the text pdftotext makes of it: each note is set at the foot of the page
/// that carries its marker, numbered on through the document, its number on its first line ("3 De Raad van State, …");
/// its markers are digits glued to the word before them ("juist.5, 6"). A page's notes are a run of lines from the next
/// note number on (pdftotext may print them before rows set above them), every number marked higher on the page; a
/// note line goes on the line before where that one was full (the column is 353 pt at 6.9 pt).
/// </summary>
internal static partial class PublishedListNotes
{
    /// <summary>The notes' column: the text's width less the room for the note's number.</summary>
    private const double NoteColumn = 353;

    /// <summary>More notes than fit on a page are never looked for.</summary>
    private const int MaxNotesOnPage = 40;

    [GeneratedRegex(@"^(?<n>\d{1,3}) (?<text>\S.*)$")]
    private static partial Regex NoteStart();

    /// <summary>The body lines of each page with their markers encoded (<see cref="FootnoteMarkerText"/>), and the notes.</summary>
    public static (List<SourceLine> Body, List<LayoutFootnote> Notes) Split(IReadOnlyList<SourceLine> lines)
    {
        var body = new List<SourceLine>(lines.Count);
        var notes = new List<LayoutFootnote>();
        foreach (var page in lines.GroupBy(l => l.Page))
        {
            var rest = page.ToList();
            var pageBody = new List<SourceLine>();
            var pageNotes = new List<LayoutFootnote>();
            // pdftotext may print the notes before rows set above them: the rows after a run of notes are the page's too.
            while (NextNotes(rest, pageBody, notes.Count + pageNotes.Count == 0 ? 1 : (pageNotes.Count > 0 ? pageNotes : notes)[^1].Number + 1) is var (start, end, found))
            {
                pageBody.AddRange(rest.Take(start));
                pageNotes.AddRange(found);
                rest = rest.Skip(end).ToList();
            }
            pageBody.AddRange(rest);
            body.AddRange(Marked(pageBody, pageNotes.Select(n => n.Number).ToList()));
            notes.AddRange(pageNotes);
        }
        return (body, notes);
    }

    /// <summary>The first run of lines that reads as the next notes, each marked on the page above it (lines before <paramref name="lines"/> count).</summary>
    private static (int Start, int End, List<LayoutFootnote> Notes)? NextNotes(List<SourceLine> lines, List<SourceLine> before, int next)
    {
        for (int start = 0; start < lines.Count; start++)
        {
            if (Number(lines[start].Text) != next || !lines[start].BlankBefore || start == 0 && before.Count == 0)
                continue;
            var above = before.Concat(lines.Take(start)).ToList();
            var marked = Marked(above, Enumerable.Range(next, MaxNotesOnPage).ToList());
            int last = next - 1;
            while (marked.Any(l => l.Text.Contains(FootnoteMarkerText.Of(last + 1), StringComparison.Ordinal)))
                last++;
            var (notes, end) = Read(lines, start, next, last);
            // pdftotext sets the notes apart as a block of their own: a blank line or the page's end after them.
            if (notes.Count > 0 && notes[^1].Number <= last && (end == lines.Count || lines[end].BlankBefore))
                return (start, end, notes);
        }
        return null;
    }

    /// <summary>
    /// The notes from line <paramref name="start"/> on, and where they end: a line with the next number starts the next
    /// note where the note before left room for it or the number is marked above (and not the start of a later line);
    /// another line goes on the note before where that note's last line was full; any other line ends the notes.
    /// </summary>
    private static (List<LayoutFootnote> Notes, int End) Read(List<SourceLine> lines, int start, int first, int lastMarked)
    {
        var notes = new List<(int Number, List<SourceLine> Lines)>();
        int i = start;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            int expected = notes.Count == 0 ? first : notes[^1].Number + 1;
            var m = NoteStart().Match(line.Text);
            bool full = notes.Count > 0 && !PublishedListJoin.HasRoom(notes[^1].Lines[^1].Text, line.Text, NoteColumn, PublishedListFont.Note);
            bool next = m.Success && Number(line.Text) == expected
                && (!full || expected <= lastMarked && !lines.Skip(i + 1).Any(l => Number(l.Text) == expected));
            if (next)
                notes.Add((expected, [line with { Text = m.Groups["text"].Value }]));
            else if (full)
                notes[^1].Lines.Add(line);
            else
                break;
        }
        return (notes.Select(n => new LayoutFootnote(n.Number, [n.Lines[0] with { Text = PublishedListJoin.Wrapped(n.Lines.Select(l => l.Text)) }])).ToList(), i);
    }

    /// <summary>The lines with the markers of <paramref name="numbers"/> (ascending) encoded where they are found, in order.</summary>
    private static List<SourceLine> Marked(List<SourceLine> lines, List<int> numbers)
    {
        var result = lines.ToList();
        int at = 0, line = 0;
        foreach (int n in numbers)
        {
            var digits = n.ToString(CultureInfo.InvariantCulture);
            for (; line < result.Count; line++, at = 0)
            {
                var text = result[line].Text;
                int found = MarkerAt(text, digits, at);
                if (found < 0)
                    continue;
                // A marker after another ("5, 6") loses the comma and space the run is printed with.
                int from = found >= 3 && text[found - 1] == ' ' && text[found - 2] == ',' && text[found - 3] == FootnoteMarkerText.End ? found - 2 : found;
                var marker = FootnoteMarkerText.Of(digits);
                result[line] = result[line] with { Text = text[..from] + marker + text[(found + digits.Length)..] };
                at = from + marker.Length;
                break;
            }
        }
        return result;
    }

    /// <summary>
    /// Where a marker with these digits stands from <paramref name="at"/> on: glued to a word that ends in a letter or a
    /// mark (or after another marker and ", "), followed by a space, the line's end or the next marker of a run.
    /// </summary>
    private static int MarkerAt(string text, string digits, int at)
    {
        for (int i = text.IndexOf(digits, at, StringComparison.Ordinal); i >= 0; i = text.IndexOf(digits, i + 1, StringComparison.Ordinal))
        {
            int end = i + digits.Length;
            bool followed = end == text.Length || text[end] == ' ' || text[end] == ',' && end + 2 < text.Length && text[end + 1] == ' ' && char.IsAsciiDigit(text[end + 2]);
            if (!followed || i == 0)
                continue;
            char before = text[i - 1];
            // After a figure only a full stop ends a sentence ("om 57.8"); "2,5" is a decimal comma.
            bool glued = char.IsLetter(before) || before == '.' || ",:;?!»”)".Contains(before, StringComparison.Ordinal) && i >= 2 && !char.IsAsciiDigit(text[i - 2]);
            bool inRun = i >= 3 && before == ' ' && text[i - 2] == ',' && text[i - 3] == FootnoteMarkerText.End;
            if (glued || inRun)
                return i;
        }
        return -1;
    }

    private static int Number(string line)
    {
        var m = NoteStart().Match(line);
        return m.Success ? int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : -1;
    }
}
