using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Notes typed as plain paragraphs after the last answer ("1) NOS, 6 maart 2024 …", "[4] Centrum voor …"),
/// as answer letters print them: they are footnotes, not the end of the last answer. A note counts only
/// when the text before it carries its marker in the same style ("…(nos.nl)”1)?", "geraakt[1],").
/// </summary>
internal static partial class TrailingNotes
{
    [GeneratedRegex(@"^(?:\[(?<n>\d{1,2})\]|(?<n>\d{1,2})\))\s*(?<text>\S.*)$")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"\[(?<n>\d{1,2})\]")]
    private static partial Regex BracketInside();

    /// <summary>Documents with "Vraag" headings, and Word letters of any shape: where answers are followed by typed notes.</summary>
    public static bool Applies(RecognisedBlocks blocks, DocumentLayout layout) => blocks.Shape == BodyShape.Headed || layout.Format == FileFormat.Docx;

    public static RecognisedBlocks Extract(RecognisedBlocks blocks, DocumentLayout layout)
    {
        Block? last = blocks.Answers.Count > 0 && (blocks.Questions.Count == 0 || blocks.Answers[^1].FirstLine.Number >= blocks.Questions[^1].FirstLine.Number)
            ? blocks.Answers[^1] : blocks.Questions.Count > 0 ? blocks.Questions[^1] : null;
        if (last is null || last.Lines.Count < 2)
            return blocks;
        int start = last.Lines.Count;
        while (start > 1 && NoteLine().IsMatch(last.Lines[start - 1].Text))
            start--;
        if (start == last.Lines.Count)
            return blocks;

        var body = string.Join("\n", blocks.Questions.SelectMany(q => q.Lines).Concat(blocks.Answers.SelectMany(a => a.Lines.Take(a == last ? start : a.Lines.Count))).Select(l => l.Text));
        var notes = new List<FootnoteBlock>();
        foreach (var line in last.Lines.Skip(start))
        {
            foreach (var (n, style, text) in Split(line.Text))
            {
                var marker = style == MarkerStyle.Bracket ? "[" + n + "]" : n + ")";
                if (!body.Contains(marker, StringComparison.Ordinal))
                    return blocks;
                var note = new FootnoteBlock { Number = int.Parse(n, CultureInfo.InvariantCulture), Style = style, FirstLineText = text };
                note.Lines.Add(line);
                notes.Add(note);
            }
        }
        last.Lines.RemoveRange(start, last.Lines.Count - start);
        return blocks with { Footnotes = [.. blocks.Footnotes, .. notes] };
    }

    /// <summary>One note per marker; "[2] …politie[3] https://…" holds two notes glued in one paragraph.</summary>
    private static IEnumerable<(string Number, MarkerStyle Style, string Text)> Split(string line)
    {
        var m = NoteLine().Match(line);
        var style = line.StartsWith('[') ? MarkerStyle.Bracket : MarkerStyle.Paren;
        var rest = m.Groups["text"].Value;
        var number = m.Groups["n"].Value;
        if (style == MarkerStyle.Bracket)
        {
            int from = 0;
            foreach (Match inner in BracketInside().Matches(rest))
            {
                yield return (number, style, rest[from..inner.Index].Trim());
                number = inner.Groups["n"].Value;
                from = inner.Index + inner.Length;
            }
            rest = rest[from..];
        }
        yield return (number, style, rest.Trim());
    }
}
