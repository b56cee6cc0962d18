using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Lines;

/// <summary>
/// The rows of ParlQA's published list in the text pdftotext makes of it. pdftotext prints a row's Nr. cell as a line of
/// its own before the row's text ("12", "3–5", "2, 4"), and parts by a blank line what the publisher parted by a gap:
/// question from answer, and a paragraph from the line before it where that line was full. So a lone number is a label
/// when it numbers the next question or names questions asked before; the pieces after a question's label are its
/// question, and — where no later label answers it — its answer from the first gap that cannot be inside a text (the
/// line before it left room), else from the first after a question mark or the bracket of its sources.
/// </summary>
internal static partial class PublishedListRows
{
    [GeneratedRegex(@"^(?<n>\d{1,3})$")]
    private static partial Regex Single();

    [GeneratedRegex(@"^\d{1,3}(?:(?:–|, | en )\d{1,3})+$")]
    private static partial Regex Several();

    /// <summary>One line per row, its label in <see cref="SourceLine.Label"/> ("" for an answer printed without one) and its text in the text form.</summary>
    public static List<SourceLine> Read(IReadOnlyList<SourceLine> lines, double widest)
    {
        var pieces = Pieces(lines);
        var labels = Labels(pieces);
        var rows = new List<SourceLine>();
        for (int p = 0; p < pieces.Count;)
        {
            if (!labels.TryGetValue(p, out var label))
            {
                p++;
                continue;
            }
            int end = p + 1;
            while (end < pieces.Count && !labels.ContainsKey(end))
                end++;
            var row = pieces.GetRange(p + 1, end - p - 1);
            int split = label.Question && !labels.Values.Any(l => !l.Question && l.Position > p && l.Numbers.Contains(label.Numbers[0]))
                ? AnswerStart(row, widest) : row.Count;
            if (split > 0)
                rows.Add(Row(label.Text, row.Take(split), widest));
            if (split < row.Count)
                rows.Add(Row("", row.Skip(split), widest));
            p = end;
        }
        return rows;
    }

    /// <summary>
    /// Runs of lines without a blank line or page break between them, each saying whether a gap stood before it: not
    /// where a page broke, nor where lines were taken out (pdftotext may print a page's notes amid its rows).
    /// </summary>
    private static List<Piece> Pieces(IReadOnlyList<SourceLine> lines)
    {
        var pieces = new List<Piece>();
        for (int i = 0; i < lines.Count; i++)
        {
            bool apart = i > 0 && (lines[i].Page != lines[i - 1].Page || lines[i].Number - lines[i - 1].Number > 2);
            if (i == 0 || apart || lines[i].BlankBefore)
                pieces.Add(new Piece(!apart && i > 0, []));
            pieces[^1].Lines.Add(lines[i]);
        }
        return pieces;
    }

    /// <summary>The pieces that are labels: a lone line numbering the next question, or naming questions numbered before.</summary>
    private static Dictionary<int, Label> Labels(List<Piece> pieces)
    {
        var labels = new Dictionary<int, Label>();
        int last = 0;
        for (int p = 0; p < pieces.Count; p++)
        {
            if (pieces[p].Lines.Count != 1)
                continue;
            var text = pieces[p].Lines[0].Text;
            if (Single().IsMatch(text) && Number(text) == last + 1)
            {
                labels[p] = new Label(p, text, true, [++last]);
                continue;
            }
            if (!Single().IsMatch(text) && !Several().IsMatch(text))
                continue;
            var numbers = Numbers(text);
            if (numbers.Count > 0 && numbers.All(n => n >= 1 && n <= last))
                labels[p] = new Label(p, text, false, numbers);
        }
        return labels;
    }

    /// <summary>
    /// Where a question's answer starts among the pieces after its label: at the first gap the question's own text
    /// cannot have (the line before it left room), else after the first piece that ends as questions do — one after a
    /// gap first, for where a page broke or the page's notes were printed the question's text may go on (1937); where
    /// none ends in "?" or ")", after the first that ends a sentence (a statement put as a question going on past a
    /// page break mid-sentence, 8349); 1 at the least. The question's sources ("(bron: …", set apart by pdftotext,
    /// 1055) are never its answer.
    /// </summary>
    private static int AnswerStart(List<Piece> row, double widest)
    {
        if (row.Count < 2)
            return row.Count;
        for (int i = 1; i < row.Count; i++)
        {
            if (row[i].Gap && !Sources(row[i]) && PublishedListJoin.PartsRows(row[i - 1].Lines[^1].Text, row[i].Lines[0].Text, widest))
                return i;
        }
        var ends = Ends(row, EndsAsQuestions);
        if (ends.Count == 0)
            ends = Ends(row, Punctuation.EndsQuestionBlock);
        return ends.Count == 0 ? 1 : ends.FirstOrDefault(i => row[i].Gap, ends[0]);
    }

    /// <summary>The pieces (not sources) after one whose last line ends as <paramref name="ending"/> says.</summary>
    private static List<int> Ends(List<Piece> row, Func<string, bool> ending) =>
        Enumerable.Range(1, row.Count - 1).Where(i => !Sources(row[i]) && ending(row[i - 1].Lines[^1].Text)).ToList();

    /// <summary>A question's text ends so: in "?", or in ")" closing its sources.</summary>
    public static bool EndsAsQuestions(string line) => Punctuation.EndsWithQuestionMark(line) || line.EndsWith(')');

    /// <summary>A line that opens a question's sources, as the publisher prints them after its text.</summary>
    public static bool OpensSources(string line) =>
        line.StartsWith("(bron: ", StringComparison.Ordinal) || line.StartsWith("(bronnen: ", StringComparison.Ordinal);

    private static bool Sources(Piece piece) => OpensSources(piece.Lines[0].Text);

    private static SourceLine Row(string label, IEnumerable<Piece> pieces, double widest)
    {
        var lines = pieces.SelectMany(p => p.Lines.Select((l, i) => (Line: l, Gap: i == 0 && p.Gap))).ToList();
        var text = PublishedListJoin.Text(lines.Select(l => (l.Line.Text, l.Gap)).ToList(), widest);
        return lines[0].Line with { Text = text, Label = label, BlankBefore = true, BlankAfter = true };
    }

    /// <summary>"3", "2, 4", "1, 2 en 4", "22–25" (every number from 22 to 25).</summary>
    private static List<int> Numbers(string label)
    {
        var numbers = Regex.Matches(label, @"\d+").Select(m => Number(m.Value)).ToList();
        return label.Contains('–', StringComparison.Ordinal) && numbers.Count == 2
            ? Enumerable.Range(numbers[0], Math.Max(numbers[1] - numbers[0] + 1, 0)).ToList()
            : numbers;
    }

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private sealed record Piece(bool Gap, List<SourceLine> Lines);

    private sealed record Label(int Position, string Text, bool Question, IReadOnlyList<int> Numbers);
}
