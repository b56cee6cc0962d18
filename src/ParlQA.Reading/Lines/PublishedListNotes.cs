using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Lines;

/// <summary>
/// The footnotes of ParlQA's published list in the text pdftotext makes of it: each note is set at the foot of the page
/// that carries its marker, numbered on through the document, its number on its first line ("3 De Raad van State, …");
/// its markers are digits glued to the word before them ("juist.5, 6"), or a space after a sentence's mark (". 2, 3"). A page's notes are a run of lines from the next
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
        var answeredUnder = AnsweredUnderLabels(lines);
        var pages = lines.GroupBy(l => l.Page).Select(p => p.ToList()).ToList();
        for (int p = 0; p < pages.Count; p++)
        {
            var rest = pages[p];
            var pageBody = new List<SourceLine>();
            var pageNotes = new List<LayoutFootnote>();
            var around = new Around(body, p + 1 < pages.Count ? pages[p + 1][0] : null, answeredUnder);
            // pdftotext may print the notes before rows set above them: the rows after a run of notes are the page's too.
            while (NextNotes(rest, pageBody, notes.Count + pageNotes.Count == 0 ? 1 : (pageNotes.Count > 0 ? pageNotes : notes)[^1].Number + 1, around) is var (start, end, found))
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

    /// <summary>
    /// The run of lines that reads as the next notes, each number marked elsewhere on the page (lines before
    /// <paramref name="lines"/> count): of several, the one with the most notes. A row's text may open with the next
    /// note's number too ("3 miljoen euro …"), but not right under its label, nor as the one piece between a question
    /// and the next label (or the document's end) where no later label answers that question: that piece is its answer.
    /// Markers pdftotext parted from their word count only where no run reads with the others (<see cref="MarkerAt"/>).
    /// </summary>
    private static (int Start, int End, List<LayoutFootnote> Notes)? NextNotes(List<SourceLine> lines, List<SourceLine> before, int next, Around around) =>
        NextNotes(lines, before, next, around, parted: false) ?? NextNotes(lines, before, next, around, parted: true);

    private static (int Start, int End, List<LayoutFootnote> Notes)? NextNotes(List<SourceLine> lines, List<SourceLine> before, int next, Around around, bool parted)
    {
        (int Start, int End, List<LayoutFootnote> Notes)? best = null;
        for (int start = 0; start < lines.Count; start++)
        {
            if (Number(lines[start].Text) != next || !lines[start].BlankBefore || start == 0 && before.Count == 0)
                continue;
            var above = before.Concat(lines.Take(start)).ToList();
            if (IsLabel(above[^1].Text))
                continue;
            var elsewhere = above.Concat(lines.Skip(start + 1)).ToList();
            var marked = Marked(elsewhere, Enumerable.Range(next, MaxNotesOnPage).ToList(), parted);
            int last = next - 1;
            while (marked.Any(l => l.Text.Contains(FootnoteMarkerText.Of(last + 1), StringComparison.Ordinal)))
                last++;
            var (notes, end) = Read(lines, start, next, last);
            // pdftotext sets the notes apart as a block of their own: a blank line or the page's end after them.
            if (notes.Count == 0 || notes[^1].Number > last || end < lines.Count && !lines[end].BlankBefore || notes.Count <= (best?.Notes.Count ?? 0))
                continue;
            if ((end < lines.Count ? lines[end] : around.NextPage) is var following && (following is null || IsLabel(following.Text))
                && QuestionWithoutAnswer([.. around.EarlierPages, .. above], around.AnsweredUnder))
                continue;
            best = (start, end, notes);
        }
        return best;
    }

    /// <summary>
    /// The lines end in a question's label and its text, and no later label answers it: its text is one piece, or
    /// pieces up to the first that ends as questions do (8349). A piece goes on past a page break or notes printed amid
    /// it where the line before ends mid-sentence; the question's sources ("(bron: …") go on its text.
    /// </summary>
    private static bool QuestionWithoutAnswer(List<SourceLine> above, ISet<int> answeredUnder)
    {
        int label = above.FindLastIndex(l => IsLabel(l.Text));
        if (label < 0 || label == above.Count - 1 || !above[label].Text.All(char.IsAsciiDigit)
            || answeredUnder.Contains(int.Parse(above[label].Text, CultureInfo.InvariantCulture)))
            return false;
        bool onePiece = true;
        for (int i = label + 2; i < above.Count; i++)
        {
            if (!(above[i].BlankBefore || above[i].Page != above[i - 1].Page) || !Punctuation.EndsQuestionBlock(above[i - 1].Text) || PublishedListRows.OpensSources(above[i].Text))
                continue;
            // The answer may start after a piece that ends as questions do, so what follows may be notes.
            if (PublishedListRows.EndsAsQuestions(above[i - 1].Text))
                return false;
            onePiece = false;
        }
        return onePiece || PublishedListRows.EndsAsQuestions(above[^1].Text);
    }

    /// <summary>What a page's notes are told apart from its rows by besides the page: the body of the pages before it, the next page's first line, the questions answered under labels of their own.</summary>
    private sealed record Around(List<SourceLine> EarlierPages, SourceLine? NextPage, ISet<int> AnsweredUnder);

    /// <summary>The questions answered under a label of their own: named by a label of several numbers, or by one printed a second time.</summary>
    private static HashSet<int> AnsweredUnderLabels(IReadOnlyList<SourceLine> lines)
    {
        var seen = new HashSet<int>();
        var answered = new HashSet<int>();
        foreach (var line in lines.Where(l => IsLabel(l.Text)))
        {
            var numbers = Regex.Matches(line.Text, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            if (numbers.Count > 1)
            {
                int to = line.Text.Contains('–', StringComparison.Ordinal) ? numbers[^1] : numbers[0];
                answered.UnionWith(numbers.Count == 2 && to > numbers[0] ? Enumerable.Range(numbers[0], to - numbers[0] + 1) : numbers);
            }
            else if (!seen.Add(numbers[0]))
                answered.Add(numbers[0]);
        }
        return answered;
    }

    /// <summary>A line that may be a row's Nr. cell: "12", "3–5", "2, 4", "1, 2 en 4".</summary>
    private static bool IsLabel(string text) => Label().IsMatch(text);

    [GeneratedRegex(@"^\d{1,3}(?:(?:–|, | en )\d{1,3})*$")]
    private static partial Regex Label();

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

    /// <summary>
    /// The lines with the markers of <paramref name="numbers"/> (ascending) encoded where they are found, in order: each
    /// looked for spaced as <see cref="Spacing"/> lists, in turn (<see cref="Spacing.Parted"/> only where <paramref name="parted"/>).
    /// </summary>
    private static List<SourceLine> Marked(List<SourceLine> lines, List<int> numbers, bool parted = true)
    {
        var result = lines.ToList();
        int at = 0, line = 0;
        foreach (int n in numbers)
        {
            var digits = n.ToString(CultureInfo.InvariantCulture);
            if ((Find(result, line, at, digits, Spacing.Glued) ?? Find(result, line, at, digits, Spacing.AfterMark) ?? (parted ? Find(result, line, at, digits, Spacing.PartedAtLineEnd) ?? Find(result, line, at, digits, Spacing.Parted) : null)) is not var (found, index))
            {
                line = result.Count;
                continue;
            }
            var text = result[found].Text;
            // A marker after another ("5, 6") loses the comma and space the run is printed with.
            int from = index >= 3 && text[index - 1] == ' ' && text[index - 2] == ',' && text[index - 3] == FootnoteMarkerText.End ? index - 2
                : text[index - 1] == ' ' ? index - 1 : index;
            var marker = FootnoteMarkerText.Of(digits);
            result[found] = result[found] with { Text = text[..from] + marker + text[(index + digits.Length)..] };
            (line, at) = (found, from + marker.Length);
        }
        return result;
    }

    /// <summary>The first line from <paramref name="line"/> (its text from <paramref name="at"/>) with the marker, and where in it.</summary>
    private static (int Line, int Index)? Find(List<SourceLine> lines, int line, int at, string digits, Spacing spacing)
    {
        for (; line < lines.Count; line++, at = 0)
        {
            int found = MarkerAt(lines[line].Text, digits, at, spacing);
            if (found >= 0)
                return (line, found);
        }
        return null;
    }

    /// <summary>How a marker stands after its word, the likeliest first: each is looked for only where the page has none of the one before.</summary>
    private enum Spacing
    {
        /// <summary>Glued to a word that ends in a letter or a mark ("juist.5"), or after another marker and ", ".</summary>
        Glued,

        /// <summary>A space after a sentence's mark ("… Unie. 2, 3"), which a text may have too ("beantwoord. 3 miljoen").</summary>
        AfterMark,

        /// <summary>A space after a word at the line's end ("Het kabinet 1"), where pdftotext parts a marker most: looked for before one inside a line, which text has too ("op 1 maart").</summary>
        PartedAtLineEnd,

        /// <summary>A space after a word ("niet 5", "niet, 41 omdat"), which text has more often ("om 57 bedrijven").</summary>
        Parted,
    }

    /// <summary>
    /// Where a marker with these digits stands from <paramref name="at"/> on, as <paramref name="spacing"/> sets it after
    /// its word, followed by a space, the line's end or the next marker of a run.
    /// </summary>
    private static int MarkerAt(string text, string digits, int at, Spacing spacing)
    {
        for (int i = text.IndexOf(digits, at, StringComparison.Ordinal); i >= 0; i = text.IndexOf(digits, i + 1, StringComparison.Ordinal))
        {
            int end = i + digits.Length;
            bool followed = end == text.Length || text[end] == ' ' || text[end] == ',' && end + 2 < text.Length && text[end + 1] == ' ' && char.IsAsciiDigit(text[end + 2]);
            if (!followed || i == 0)
                continue;
            bool spaced = i >= 2 && text[i - 1] == ' ';
            bool found = spacing switch
            {
                Spacing.Glued => GluedAfter(text, i) || spaced && i >= 3 && text[i - 2] == ',' && text[i - 3] == FootnoteMarkerText.End,
                Spacing.AfterMark => spaced && ".?!»”)".Contains(text[i - 2], StringComparison.Ordinal),
                Spacing.PartedAtLineEnd => end == text.Length && spaced && GluedAfter(text, i - 1),
                _ => spaced && GluedAfter(text, i - 1),
            };
            if (found)
                return i;
        }
        return -1;
    }

    /// <summary>A marker may stand glued at <paramref name="i"/>: after a letter or a mark, even one after a figure ("om 57.8", "(x € 1.000)1"), but "2,5" is a decimal comma.</summary>
    private static bool GluedAfter(string text, int i)
    {
        char before = text[i - 1];
        return char.IsLetter(before) || ".:;?!»”)".Contains(before, StringComparison.Ordinal) || before == ',' && i >= 2 && !char.IsAsciiDigit(text[i - 2]);
    }

    private static int Number(string line)
    {
        var m = NoteStart().Match(line);
        return m.Success ? int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : -1;
    }
}
