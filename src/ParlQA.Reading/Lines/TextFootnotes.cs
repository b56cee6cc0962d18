using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Lines;

/// <summary>
/// The footnotes of a page in text extracted from a PDF: pdftotext sets them after the page's body, each
/// number on a line of its own, the numbers and texts not always in order. A footnote region runs from a
/// lone number the text uses as a marker to the end of the page; its texts are paired with its numbers in
/// ascending order, as they are printed.
/// </summary>
internal static partial class TextFootnotes
{
    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex LoneNumber();

    /// <summary>Text extraction of a document with "Vraag" headings: its pages may end in footnotes (a list's footnotes are read by its recogniser).</summary>
    public static bool Applies(DocumentLayout layout) => layout.Markers == MarkerKind.Glued && Headings.AnyQuestion(layout.Lines);

    public static DocumentLayout Normalise(DocumentLayout layout)
    {
        var (body, footnotes) = Extract(layout.Lines, FootnoteMarkers.Candidates(layout.Lines.Select(l => l.Text)));
        return layout with { Lines = body, Footnotes = [.. layout.Footnotes, .. footnotes] };
    }

    private static (List<SourceLine> Body, List<LayoutFootnote> Footnotes) Extract(IReadOnlyList<SourceLine> lines, IReadOnlySet<int> markers)
    {
        var body = new List<SourceLine>(lines.Count);
        var footnotes = new List<LayoutFootnote>();
        bool questionsBegun = false;
        for (int i = 0; i < lines.Count; i++)
        {
            questionsBegun |= Headings.TryQuestion(lines[i].Text, out _);
            int next = footnotes.Count == 0 ? 1 : footnotes.Max(f => f.Number) + 1;
            if (!questionsBegun || !StartsRegion(lines, i, markers, next) || HeadingFollowsOnPage(lines, i))
            {
                body.Add(lines[i]);
                continue;
            }
            int end = i;
            while (end + 1 < lines.Count && !lines[end + 1].PageStart)
                end++;
            footnotes.AddRange(Pair(lines.Skip(i).Take(end - i + 1).ToList()));
            if (body.Count > 0)
                body[^1] = body[^1] with { PageEnd = true };
            i = end;
        }
        return (body, footnotes);
    }

    /// <summary>Footnotes close a page: a heading after the number means the number was something else.</summary>
    private static bool HeadingFollowsOnPage(IReadOnlyList<SourceLine> lines, int i)
    {
        for (int k = i + 1; k < lines.Count && !lines[k].PageStart; k++)
        {
            if (Headings.TryQuestion(lines[k].Text, out _) || Headings.TryAnswer(lines[k].Text, out _))
                return true;
        }
        return false;
    }

    /// <summary>A lone number the text uses as a marker, or the next footnote number in sequence, at a page's end.</summary>
    private static bool StartsRegion(IReadOnlyList<SourceLine> lines, int i, IReadOnlySet<int> markers, int next) =>
        LoneNumber().IsMatch(lines[i].Text)
        && int.Parse(lines[i].Text, CultureInfo.InvariantCulture) is var n && (markers.Contains(n) || n == next)
        && i + 1 < lines.Count && !lines[i + 1].PageStart
        && !Headings.TryQuestion(lines[i + 1].Text, out _) && !Headings.TryAnswer(lines[i + 1].Text, out _);

    private static IEnumerable<LayoutFootnote> Pair(List<SourceLine> region)
    {
        var numbers = new List<int>();
        var texts = new List<List<SourceLine>>();
        foreach (var line in region)
        {
            if (LoneNumber().IsMatch(line.Text))
            {
                numbers.Add(int.Parse(line.Text, CultureInfo.InvariantCulture));
                continue;
            }
            if (texts.Count == 0 || StartsNote(texts[^1][^1].Text, line.Text))
                texts.Add([]);
            texts[^1].Add(line);
        }
        numbers.Sort();
        for (int k = 0; k < Math.Min(numbers.Count, texts.Count); k++)
            yield return new LayoutFootnote(numbers[k], texts[k]);
    }

    /// <summary>A new note starts unless the line before ends mid-sentence or mid-URL ("…regenboogbeleid»," then "https://…").</summary>
    private static bool StartsNote(string previous, string line) =>
        !previous.EndsWith(',') && !previous.EndsWith('-') && !previous.EndsWith('/')
        && !Urls.ContinuesOnNextLine(Punctuation.LastWord(previous), Punctuation.FirstWord(line))
        && !char.IsLower(line[0]);
}
