using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Footnotes that OCR or text extraction set on one line ("1 Aanhangsel …, nr. 1567. 2 Aanhangsel …, nr. 1037."):
/// after a sentence's end, the next note's number followed by a capital starts that note — where the body carries
/// its marker ("leidt2?"), so a figure inside a note ("nr. 1567. 2 Kamers …" without a marker 2) stays in it.
/// </summary>
internal static partial class SharedLineNotes
{
    /// <summary>A number between a sentence's end (after a figure, a bracket or a word, not an abbreviation such as "nr.") and a capital.</summary>
    [GeneratedRegex(@"(?<=(?:\p{N}|\p{Ll}{4}|[)»”’""])\.)\s+(?<n>\d{1,2})\s+(?=\p{Lu})")]
    private static partial Regex NextNote();

    /// <summary>Text whose markers are glued digits, with footnotes found among its lines.</summary>
    public static bool Applies(RecognisedBlocks blocks, DocumentLayout layout) =>
        layout.Markers == MarkerKind.Glued && blocks.Footnotes.Any(f => f.Style == MarkerStyle.Glued);

    public static RecognisedBlocks Split(RecognisedBlocks blocks, DocumentLayout layout)
    {
        var markers = FootnoteMarkers.Candidates(blocks.Questions.Cast<Block>().Concat(blocks.Answers).SelectMany(b => b.Lines).Select(l => l.Text));
        var numbers = blocks.Footnotes.Select(f => f.Number).ToHashSet();
        var notes = new List<FootnoteBlock>();
        foreach (var note in blocks.Footnotes)
            notes.AddRange(note.Style == MarkerStyle.Glued ? SplitNote(note, markers, numbers) : [note]);
        return notes.Count == blocks.Footnotes.Count ? blocks : blocks with { Footnotes = notes };
    }

    /// <summary>The note, or the notes it holds, each with its own part of the shared line.</summary>
    private static List<FootnoteBlock> SplitNote(FootnoteBlock note, HashSet<int> markers, HashSet<int> numbers)
    {
        var result = new List<FootnoteBlock>();
        var current = new FootnoteBlock { Number = note.Number, Style = note.Style };
        for (int i = 0; i < note.Lines.Count; i++)
        {
            var text = i == 0 && note.FirstLineText is { } first ? first : note.Lines[i].Text;
            int from = 0;
            foreach (Match m in NextNote().Matches(text))
            {
                int n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
                if (n != current.Number + 1 || !markers.Contains(n) || numbers.Contains(n))
                    continue;
                current.Lines.Add(note.Lines[i] with { Text = text[from..m.Index] });
                result.Add(current);
                numbers.Add(n);
                current = new FootnoteBlock { Number = n, Style = note.Style };
                from = m.Index + m.Length;
            }
            current.Lines.Add(note.Lines[i] with { Text = text[from..] });
        }
        if (result.Count == 0)
            return [note];
        result.Add(current);
        return result;
    }
}
