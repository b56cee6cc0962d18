using System.Text.RegularExpressions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The printed lines of all pages sorted into regions: the body column (lines with their spacing, so spaced
/// question rows read like pdftotext's blank lines), the footnotes at a page's bottom (told by the small number
/// that starts them), and page furniture — stamps, running footers, the masthead, the left margin — told by its
/// pattern, its position and its size, never reaching the text.
/// </summary>
internal static partial class PdfPageRegions
{
    /// <summary>A vertical gap this many times the usual line spacing separates paragraphs or headings.</summary>
    private const double ParagraphGap = 1.5;

    /// <summary>Share of the page height at top and bottom where a lone number is a page number.</summary>
    private const double MarginShare = 0.08;

    [GeneratedRegex(@"^(?:’s-Gravenhage|'s-Gravenhage|Den Haag)\s+\d{4}$|^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:Aanhangsel|.*nr\.\s*\d+)(?:\s+\d{1,4})?$")]
    private static partial Regex RunningFurniture();

    [GeneratedRegex(@"^\d{1,3}[a-z]?(?:[–-]\d{1,3})?$")]
    private static partial Regex NumberColumnLabel();

    /// <summary>The body text's size, the column's left and right edges, and the usual line spacing, read from all pages.</summary>
    private sealed record Column(double Body, double Left, double Right, double Spacing);

    private static Column Measure(List<List<PdfLine>> pages)
    {
        var all = pages.SelectMany(p => p).ToList();
        double body = all.GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var bodyLines = all.Where(l => Math.Abs(l.Size - body) < 0.3).ToList();
        double bodyLeft = bodyLines.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        // The column's right edge: where the longest body line ends (ragged-right text never passes it).
        double columnRight = bodyLines.Where(l => Math.Abs(l.Left - bodyLeft) < body).Select(l => l.Right).DefaultIfEmpty(bodyLines.Max(l => l.Right)).Max();
        var spacings = pages.SelectMany(p => p.Where(l => Math.Abs(l.Size - body) < 0.3).Zip(p.Where(l => Math.Abs(l.Size - body) < 0.3).Skip(1), (a, b) => a.Baseline - b.Baseline)).Where(d => d > 0).Order().ToList();
        // Line spacing: the smallest gap that recurs (at least 3 times and 5% of the gaps), since spaced rows —
        // headings, a list's questions — may be most of them; else the lower quartile of the gaps.
        double spacing = spacings.Count == 0 ? body * 1.2
            : spacings.GroupBy(d => Math.Round(d * 2) / 2).Where(g => g.Count() >= Math.Max(3, spacings.Count / 20)).Select(g => g.Min()).DefaultIfEmpty(spacings[spacings.Count / 4]).Min();
        return new Column(body, bodyLeft, columnRight, spacing);
    }

    /// <summary>Sorts every printed line into the body, a footnote region or the furniture, page by page.</summary>
    public static DocumentLayout Compose(List<List<PdfLine>> pages, int pageCount)
    {
        var (body, bodyLeft, columnRight, spacing) = Measure(pages);
        var furniture = new List<string>();
        var lines = new List<SourceLine>();
        var footnotes = new List<(int Number, List<SourceLine> Lines)>();
        int number = 0;
        var markers = pages.SelectMany(p => p).SelectMany(l => FootnoteMarkerText.Pattern().Matches(l.Text))
            .Select(m => int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var page in pages)
        {
            bool inMasthead = page.Count > 0 && page[0].Page == 1;
            bool inFootnotes = false;
            PdfLine? previous = null;
            foreach (var printed in page)
            {
                number++;
                if (PageFurniture.IsFurniture(printed.Text.Trim()))
                {
                    furniture.Add(printed.Text);
                    continue;
                }
                var (margin, line) = SplitMargin(printed, bodyLeft, body);
                if (margin is not null)
                    furniture.Add(margin.Text);
                if (line is null)
                    continue;
                if (inMasthead && (line.Size > body * 1.05 || line.Left < bodyLeft - body * 4))
                {
                    furniture.Add(line.Text);
                    continue;
                }
                inMasthead = false;
                if (IsFurniture(line, bodyLeft, body))
                {
                    furniture.Add(line.Text);
                    continue;
                }
                if (line.FootnoteNumber is int n && line.Size < body * 0.95)
                {
                    inFootnotes = true;
                    footnotes.Add((n, []));
                }
                else if (line.Size < body * 0.95 && NumberedNote(line, markers) is var (noteNumber, remainder))
                {
                    inFootnotes = true;
                    footnotes.Add((noteNumber, []));
                    line = remainder;
                }
                var source = new SourceLine
                {
                    Text = line.Text,
                    Number = number,
                    Page = line.Page,
                    PageStart = previous is null,
                    BlankBefore = previous is not null && previous.Baseline - line.Baseline > spacing * ParagraphGap,
                    RoomAtEnd = columnRight - line.Right,
                    FirstWordWidth = line.Words[0].Right - line.Words[0].Left + line.Size * 0.3,
                };
                if (inFootnotes)
                    footnotes[^1].Lines.Add(source);
                else
                    lines.Add(source);
                if (!inFootnotes)
                    previous = line;
            }
            if (lines.Count > 0 && !lines[^1].PageEnd)
                lines[^1] = lines[^1] with { PageEnd = true };
        }
        // A gap before a line is a gap after the one before it: spaced question rows read like pdftotext's blank lines.
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i + 1].BlankBefore && !lines[i + 1].PageStart)
                lines[i] = lines[i] with { BlankAfter = true };
        }
        // Furniture that repeats on every page (running headers and footers) may also be plain body text.
        return new DocumentLayout
        {
            Format = Formats.FileFormat.Pdf,
            Lines = lines,
            Footnotes = footnotes.Where(f => f.Lines.Count > 0).Select(f => new LayoutFootnote(f.Number, f.Lines)).ToList(),
            Furniture = furniture,
            PageCount = pageCount,
            Markers = MarkerKind.Superscript,
        };
    }

    /// <summary>
    /// A note numbered on its own baseline (the 2014–2015 layout): a small line whose first word is the number of
    /// a superscript marker in the text. Returns the number and the line without it.
    /// </summary>
    private static (int Number, PdfLine Remainder)? NumberedNote(PdfLine line, HashSet<int> markers)
    {
        if (line.Words.Count < 2 || line.Words[0].Text.Length > 3 || !line.Words[0].Text.All(char.IsAsciiDigit))
            return null;
        int number = int.Parse(line.Words[0].Text, System.Globalization.CultureInfo.InvariantCulture);
        if (!markers.Contains(number))
            return null;
        var rest = new PdfLine { Baseline = line.Baseline, Page = line.Page, PageHeight = line.PageHeight };
        rest.Words.AddRange(line.Words.Skip(1));
        rest.Text = PdfWords.JoinWords(rest.Words);
        return (number, rest);
    }

    /// <summary>A stamp, a running header or footer, a page number in the margin, or a printer's note beside the column.</summary>
    private static bool IsFurniture(PdfLine line, double bodyLeft, double body)
    {
        var text = line.Text.Trim();
        if (PageFurniture.IsFurniture(text) || RunningFurniture().IsMatch(text))
            return true;
        bool inMargin = line.Baseline < line.PageHeight * MarginShare || line.Baseline > line.PageHeight * (1 - MarginShare);
        if (inMargin && text.All(char.IsAsciiDigit))
            return true;
        // Text in the left margin, far from the body column, is a stamp or a note of the printer.
        return line.Left < bodyLeft - body * 4 && line.Size < body;
    }

    /// <summary>
    /// Words in the left margin, far from the body column, are a stamp or a printer's note that shares a
    /// baseline with body text or a footer ("’s-Gravenhage 2024" beside "Tweede Kamer, vergaderjaar …").
    /// </summary>
    private static (PdfLine? Margin, PdfLine? Body) SplitMargin(PdfLine line, double bodyLeft, double body)
    {
        var margin = line.Words.Where(w => w.Right < bodyLeft - body).ToList();
        if (margin.Count == 0)
            return (null, line);
        // A number in the "Nr." column of a committee's list labels its row: it stays with the line ("22 Op hoeveel…").
        if (margin.Count == 1 && margin.Count < line.Words.Count && NumberColumnLabel().IsMatch(margin[0].Text))
            return (null, line);
        var rest = line.Words.Except(margin).ToList();
        PdfLine Make(List<PdfWord> words)
        {
            var made = new PdfLine { Baseline = line.Baseline, Page = line.Page, PageHeight = line.PageHeight, FootnoteNumber = line.FootnoteNumber };
            made.Words.AddRange(words);
            made.Text = PdfWords.JoinWords(made.Words);
            return made;
        }
        return (Make(margin), rest.Count == 0 ? null : Make(rest));
    }
}
