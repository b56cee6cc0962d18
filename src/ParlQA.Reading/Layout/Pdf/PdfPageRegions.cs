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

    /// <summary>
    /// A gap this many times the line spacing parts two rows of a list: wider than the spaced lines of a question
    /// (twice the spacing), so where a list's rows are parted so, a row's start shows even without a number.
    /// </summary>
    private const double PartedGap = 2.6;

    /// <summary>
    /// Inside a row of such a list, a gap this many times the line spacing sets a paragraph apart: wider than a
    /// question's spaced lines (twice the spacing), narrower than the gap that parts rows.
    /// </summary>
    private const double RowParagraphGap = 2.3;

    /// <summary>
    /// Text is set at most this many body sizes apart: where spaced rows are most of the gaps (a list of one-line
    /// questions and answers), the smallest recurring gap is a spaced one, and is not the line spacing.
    /// </summary>
    private const double MaxSpacing = 1.3;

    /// <summary>Share of the page height at top and bottom where a lone number is a page number.</summary>
    private const double MarginShare = 0.08;

    [GeneratedRegex(@"^(?:’s-Gravenhage|'s-Gravenhage|Den Haag)\s+\d{4}$|^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:Aanhangsel|.*nr\.\s*\d+)(?:\s+\d{1,4})?$")]
    private static partial Regex RunningFurniture();

    [GeneratedRegex(@"^\d{1,3}[a-z]?(?:[–-]\d{1,3})?$")]
    private static partial Regex NumberColumnLabel();

    /// <summary>What a list's "Nr." column prints: "12", "2a", "22–25", "2, 4", "1, 2 en 4".</summary>
    [GeneratedRegex(@"^\d{1,3}[a-z]?(?:(?:[–-]|,\s*|\s+en\s+)\d{1,3}[a-z]?)*$")]
    private static partial Regex NumberColumnLabels();

    /// <summary>The body text's size, the column's left and right edges, and the usual line spacing, read from all pages.</summary>
    private sealed record Column(double Body, double Left, double Right, double Spacing);

    private static Column Measure(List<List<PdfLine>> pages)
    {
        var all = pages.SelectMany(p => p).ToList();
        double body = all.GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var bodyLines = all.Where(l => Math.Abs(l.Size - body) < 0.3).ToList();
        double bodyLeft = bodyLines.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;
        // The column's right edge: where the longest body line ends (ragged-right text never passes it).
        // A list's row whose number stands in the "Nr." column runs in the column too.
        double columnRight = bodyLines.Where(l => Math.Abs(l.Left - bodyLeft) < body || InColumnAfterNumber(l, bodyLeft))
            .Select(l => l.Right).DefaultIfEmpty(bodyLines.Max(l => l.Right)).Max();
        var spacings = pages.SelectMany(p => p.Where(l => Math.Abs(l.Size - body) < 0.3).Zip(p.Where(l => Math.Abs(l.Size - body) < 0.3).Skip(1), (a, b) => a.Baseline - b.Baseline)).Where(d => d > 0).Order().ToList();
        // Line spacing: the smallest gap that recurs (at least 3 times and 5% of the gaps), since spaced rows —
        // headings, a list's questions — may be most of them; else the lower quartile of the gaps.
        double spacing = spacings.Count == 0 ? body * 1.2
            : spacings.GroupBy(d => Math.Round(d * 2) / 2).Where(g => g.Count() >= Math.Max(3, spacings.Count / 20)).Select(g => g.Min()).DefaultIfEmpty(spacings[spacings.Count / 4]).Min();
        return new Column(body, bodyLeft, columnRight, Math.Min(spacing, body * MaxSpacing));
    }

    /// <summary>A line whose first word is a number left of the column and whose text starts at the column's edge ("12 Hoeveel …").</summary>
    private static bool InColumnAfterNumber(PdfLine line, double bodyLeft) =>
        line.Words.Count > 1 && NumberColumnLabel().IsMatch(line.Words[0].Text) && Math.Abs(line.Words[1].Left - bodyLeft) < 1;

    /// <summary>Sorts every printed line into the body, a footnote region or the furniture, page by page.</summary>
    public static DocumentLayout Compose(List<List<PdfLine>> pages, int pageCount)
    {
        var (body, bodyLeft, columnRight, spacing) = Measure(pages);
        var furniture = new List<string>();
        var lines = new List<SourceLine>();
        // Per body line: the number printed in the list's "Nr." column beside it, and whether it starts a row (a new table row
        // where the PDF is tagged, else after a parting gap).
        var labels = new List<string?>();
        var parted = new List<bool>();
        var apart = new List<bool>();
        bool columnHead = false;
        var footnotes = new List<(int Number, List<SourceLine> Lines)>();
        int number = 0;
        var markers = pages.SelectMany(p => p).SelectMany(l => FootnoteMarkerText.Pattern().Matches(l.Text))
            .Select(m => int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        // The table row of the last body line, where a tagged PDF says (across pages: a row goes on on the next one).
        long? lastRow = null;
        foreach (var page in pages)
        {
            bool inMasthead = page.Count > 0 && page[0].Page == 1;
            bool inFootnotes = false;
            PdfLine? previous = null;
            PdfLine? lastNote = null;
            foreach (var printed in page)
            {
                number++;
                if (PageFurniture.IsFurniture(printed.Text.Trim()))
                {
                    columnHead |= PageFurniture.IsListColumnHeader(printed.Text.Trim());
                    furniture.Add(printed.Text);
                    continue;
                }
                var (margin, line, label) = SplitMargin(printed, bodyLeft, body);
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
                // A note's line of figures ("2019") set under its text is no page number.
                bool continuesNote = inFootnotes && lastNote is not null && Math.Abs(line.Left - lastNote.Left) < 0.5 && line.Size < body * 0.95;
                if (IsFurniture(line, bodyLeft, body, pageNumberMayStand: !continuesNote))
                {
                    furniture.Add(line.Text);
                    continue;
                }
                if (line.FootnoteNumber is int n && line.Size < body * 0.95)
                {
                    inFootnotes = true;
                    footnotes.Add((n, []));
                }
                // A note's line that starts where its text does and opens with a figure ("3 december 2022") goes on with it.
                else if (line.Size < body * 0.95 && !continuesNote && NumberedNote(line, markers) is var (noteNumber, remainder))
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
                    TrailingSpace = line.TrailingSpace,
                    FirstWordWidth = PdfWords.FirstWordRight(line.Words) - line.Words[0].Left + line.Size * 0.3,
                };
                if (inFootnotes)
                {
                    footnotes[^1].Lines.Add(source);
                    lastNote = line;
                }
                else
                {
                    lines.Add(source);
                    labels.Add(label);
                    parted.Add(line.Row is long row ? row != lastRow : previous is not null && previous.Baseline - line.Baseline > spacing * PartedGap);
                    lastRow = line.Row;
                    apart.Add(previous is not null && previous.Baseline - line.Baseline > spacing * RowParagraphGap);
                }
                if (!inFootnotes)
                    previous = line;
            }
            if (lines.Count > 0 && !lines[^1].PageEnd)
                lines[^1] = lines[^1] with { PageEnd = true };
        }
        if (columnHead && KnowsNumberColumn(lines, labels, parted))
            SetRows(lines, labels, parted, apart);
        else
            DropWideLabels(lines, labels, furniture);
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
    /// The list's "Nr." column is known where its rows are parted as ParlQA's layout parts them: every row with a number
    /// starts a page or follows a parting gap, wider than a question's spaced lines — or, in a tagged PDF, starts a table
    /// row of its own (which tells a row's start where a gap cannot: a question's paragraph is set as far apart). (A list whose rows are only spaced
    /// leaves an unnumbered answer's start to be guessed, by <see cref="Structure.ListRecogniser"/>.)
    /// </summary>
    private static bool KnowsNumberColumn(List<SourceLine> lines, List<string?> labels, List<bool> parted)
    {
        bool any = false;
        for (int i = 0; i < lines.Count; i++)
        {
            if (labels[i] is null)
                continue;
            if (!parted[i] && !lines[i].PageStart)
                return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// Each row of the list from the first number on: a line with a number in the "Nr." column starts a row with that
    /// label (the number left out of its text); a line after a parting gap starts a row with an empty number cell; any
    /// other line goes on in its row. A blank line there is a gap wider than a question's spaced lines.
    /// </summary>
    private static void SetRows(List<SourceLine> lines, List<string?> labels, List<bool> parted, List<bool> apart)
    {
        int first = labels.FindIndex(l => l is not null);
        for (int i = first; i < lines.Count; i++)
        {
            var label = labels[i] is { } number ? number : parted[i] ? "" : null;
            var text = labels[i] is { } printed ? lines[i].Text[printed.Length..].TrimStart() : lines[i].Text;
            lines[i] = lines[i] with { Text = text, Label = label, BlankBefore = apart[i] };
        }
    }

    /// <summary>Where the number column is not known, only a one-word number stays with its line; words such as "2, 4" in the margin are furniture.</summary>
    private static void DropWideLabels(List<SourceLine> lines, List<string?> labels, List<string> furniture)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (labels[i] is { } label && label.Contains(' ', StringComparison.Ordinal))
            {
                furniture.Add(label);
                lines[i] = lines[i] with { Text = lines[i].Text[label.Length..].TrimStart() };
            }
        }
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
        var rest = new PdfLine { Baseline = line.Baseline, Page = line.Page, PageHeight = line.PageHeight, TrailingSpace = line.TrailingSpace };
        rest.Words.AddRange(line.Words.Skip(1));
        rest.Text = PdfWords.JoinWords(rest.Words);
        return (number, rest);
    }

    /// <summary>A stamp, a running header or footer, a page number in the margin, or a printer's note beside the column.</summary>
    private static bool IsFurniture(PdfLine line, double bodyLeft, double body, bool pageNumberMayStand)
    {
        var text = line.Text.Trim();
        if (PageFurniture.IsFurniture(text) || RunningFurniture().IsMatch(text))
            return true;
        bool inMargin = line.Baseline < line.PageHeight * MarginShare || line.Baseline > line.PageHeight * (1 - MarginShare);
        if (pageNumberMayStand && inMargin && text.All(char.IsAsciiDigit))
            return true;
        // Text in the left margin, far from the body column, is a stamp or a note of the printer.
        return line.Left < bodyLeft - body * 4 && line.Size < body;
    }

    /// <summary>
    /// Words in the left margin, far from the body column, are a stamp or a printer's note that shares a
    /// baseline with body text or a footer ("’s-Gravenhage 2024" beside "Tweede Kamer, vergaderjaar …") — or the
    /// number of a row in a committee list's "Nr." column ("22 Op hoeveel…"), which stays with its line and is
    /// returned as its label too.
    /// </summary>
    private static (PdfLine? Margin, PdfLine? Body, string? Label) SplitMargin(PdfLine line, double bodyLeft, double body)
    {
        var margin = line.Words.Where(w => w.Right < bodyLeft - body).ToList();
        if (margin.Count == 0)
            return (null, line, null);
        if (margin.Count < line.Words.Count && margin.Count == line.Words.TakeWhile(margin.Contains).Count())
        {
            var printed = PdfWords.JoinWords(margin);
            if (margin.Count == 1 && NumberColumnLabel().IsMatch(printed))
                return (null, line, printed);
            // "2, 4" printed over more than one word: the line's label only where the column turns out to be known.
            if (NumberColumnLabels().IsMatch(printed))
                return (null, line, printed);
        }
        var rest = line.Words.Except(margin).ToList();
        PdfLine Make(List<PdfWord> words)
        {
            var made = new PdfLine { Baseline = line.Baseline, Page = line.Page, PageHeight = line.PageHeight, FootnoteNumber = line.FootnoteNumber, TrailingSpace = line.TrailingSpace };
            made.Words.AddRange(words);
            made.Text = PdfWords.JoinWords(made.Words);
            return made;
        }
        return (Make(margin), rest.Count == 0 ? null : Make(rest), null);
    }
}
