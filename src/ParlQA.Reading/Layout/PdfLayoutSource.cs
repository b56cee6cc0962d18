using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// Reads a PDF's text layer with PdfPig: words with positions and sizes → lines → page regions. Superscript
/// numbers are glued to the word before them, as a footnote marker is printed; the footnotes at a page's
/// bottom are told by the small number that starts them; page furniture (stamps, running footers, the
/// masthead, the left margin) is told by its pattern, its position and its size, never reaching the text.
/// </summary>
internal static partial class PdfLayoutSource
{
    /// <summary>Words smaller than this share of the body size are superscripts or subscripts.</summary>
    private const double ScriptShare = 0.75;

    /// <summary>A vertical gap this many times the usual line spacing separates paragraphs or headings.</summary>
    private const double ParagraphGap = 1.5;

    [GeneratedRegex(@"^(?:’s-Gravenhage|'s-Gravenhage|Den Haag)\s+\d{4}$|^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:Aanhangsel|.*nr\.\s*\d+)(?:\s+\d{1,4})?$")]
    private static partial Regex RunningFurniture();

    [GeneratedRegex(@"^\d{1,3}[a-z]?(?:[–-]\d{1,3})?$")]
    private static partial Regex NumberColumnLabel();

    /// <summary>Share of the page height at top and bottom where a lone number is a page number.</summary>
    private const double MarginShare = 0.08;

    public static PdfLayout Read(byte[] bytes)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new LayoutException("encrypted PDF: it cannot be read without its password");
        }
        catch (Exception e) when (IsBadInput(e))
        {
            throw new LayoutException("corrupt PDF: " + e.Message);
        }
        using (pdf)
        {
            var pages = new List<List<PdfLine>>();
            try
            {
                foreach (var page in pdf.GetPages())
                    pages.Add(ReadWords(page));
            }
            catch (Exception e) when (IsBadInput(e))
            {
                throw new LayoutException("corrupt PDF: " + e.Message);
            }
            if (pages.All(p => p.Count == 0))
                throw new LayoutException("no text layer: this PDF needs OCR");
            return Compose(pages, pdf.NumberOfPages);
        }
    }

    /// <summary>
    /// Whatever the PDF library throws on a damaged file is a fact about the file, not a bug of ours: it becomes
    /// a one-line error. Only the runtime's own emergencies pass.
    /// </summary>
    private static bool IsBadInput(Exception e) => e is not (OutOfMemoryException or StackOverflowException or LayoutException);

    private sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size);

    /// <summary>One printed line (or one column segment of it).</summary>
    private sealed class PdfLine
    {
        public List<PdfWord> Words { get; } = [];
        public double Baseline { get; set; }
        public int? FootnoteNumber { get; set; }
        public int Page { get; init; }
        public double PageHeight { get; init; }
        public bool Furniture { get; set; }
        public string Text { get; set; } = "";
        public double Left => Words[0].Left;
        public double Right => Words[^1].Right;
        /// <summary>The median word size, computed once the line's words are final.</summary>
        public double Size => _size ??= Words.Select(w => w.Size).Order().ElementAt(Words.Count / 2);

        private double? _size;
    }

    private static List<PdfLine> ReadWords(Page page)
    {
        var lines = new List<PdfLine>();
        var words = page.GetWords()
            .Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text))
            .SelectMany(SplitAtSpaces)
            .Select(w => new PdfWord(
                ComposeAccents(w),
                w.BoundingBox.Left, w.BoundingBox.Right, w.Letters[0].StartBaseLine.Y,
                w.Letters.Select(l => l.PointSize).Order().ElementAt(w.Letters.Count / 2)))
            .ToList();
        if (words.Count == 0)
            return lines;
        double body = ModeSize(words);
        var scripts = words.Where(w => w.Size < body * ScriptShare && w.Text.All(char.IsAsciiDigit) && w.Text.Length <= 3).ToList();
        var normal = words.Except(scripts).OrderByDescending(w => w.Baseline).ThenBy(w => w.Left);

        foreach (var word in normal)
        {
            var line = lines.LastOrDefault(l => Math.Abs(l.Baseline - word.Baseline) <= Math.Max(1.0, word.Size * 0.3));
            if (line is null)
            {
                line = new PdfLine { Baseline = word.Baseline, Page = page.Number, PageHeight = page.Height };
                lines.Add(line);
            }
            line.Words.Add(word);
        }
        foreach (var line in lines)
            line.Words.Sort((a, b) => a.Left.CompareTo(b.Left));
        foreach (var script in scripts)
            AttachScript(lines, script, body, page);
        foreach (var line in lines)
            line.Text = JoinWords(line.Words);
        return lines.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left).ToList();
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
            made.Text = JoinWords(made.Words);
            return made;
        }
        return (Make(margin), rest.Count == 0 ? null : Make(rest));
    }

    /// <summary>
    /// A small number just above a line's baseline is a superscript of that line: a footnote marker after a
    /// word, or the number of a footnote when it stands before the line's first word. Just below, a subscript (CO2).
    /// </summary>
    private static void AttachScript(List<PdfLine> lines, PdfWord script, double body, Page page)
    {
        var target = lines
            .Where(l => script.Left >= l.Left - body * 3 && script.Left <= l.Right + body * 2)
            .Where(l => IsScriptOf(script.Baseline - l.Baseline, body))
            .MinBy(l => Math.Abs(script.Baseline - l.Baseline));
        if (target is null)
        {
            var own = new PdfLine { Baseline = script.Baseline, Page = page.Number, PageHeight = page.Height };
            own.Words.Add(script);
            lines.Add(own);
            return;
        }
        if (script.Left < target.Left && script.Baseline > target.Baseline)
        {
            target.FootnoteNumber = int.Parse(script.Text, System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        int at = target.Words.FindIndex(w => w.Left > script.Left);
        // A superscript is a footnote reference; a subscript belongs to its word (CO₂).
        var glued = script with { Text = "\u0001" + (script.Baseline > target.Baseline ? WordLayoutSource.MarkerStart + script.Text + WordLayoutSource.MarkerEnd : script.Text) };
        if (at < 0)
            target.Words.Add(glued);
        else
            target.Words.Insert(at, glued);
    }

    /// <summary>Some producers draw a whole line as one "word" with space glyphs inside: split it at them.</summary>
    private static IEnumerable<Word> SplitAtSpaces(Word word)
    {
        if (!word.Text.Contains(' ', StringComparison.Ordinal))
        {
            yield return word;
            yield break;
        }
        var part = new List<Letter>();
        foreach (var letter in word.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                if (part.Count > 0)
                    yield return new Word(part);
                part = [];
                continue;
            }
            part.Add(letter);
        }
        if (part.Count > 0)
            yield return new Word(part);
    }

    /// <summary>Spacing accents that some PDFs print as a glyph of their own over the letter before them.</summary>
    private static readonly Dictionary<char, char> CombiningFor = new()
    {
        ['´'] = '\u0301', ['`'] = '\u0300', ['¨'] = '\u0308', ['ˆ'] = '\u0302', ['˜'] = '\u0303',
        ['¸'] = '\u0327', ['ˇ'] = '\u030C', ['˛'] = '\u0328', ['˚'] = '\u030A',
    };

    /// <summary>
    /// "Kostic´" → "Kostić": an accent glyph placed over the letter before it (their boxes overlap) is that
    /// letter's accent; one standing beside it ("ngo´s") is a character of its own.
    /// </summary>
    private static string ComposeAccents(Word word)
    {
        var text = word.Text;
        if (!text.Any(CombiningFor.ContainsKey))
            return text.Normalize(System.Text.NormalizationForm.FormC);
        var composed = new System.Text.StringBuilder(text.Length);
        Letter? previous = null;
        foreach (var letter in word.Letters)
        {
            if (letter.Value.Length == 1 && CombiningFor.TryGetValue(letter.Value[0], out char combining)
                && previous is not null && char.IsLetter(previous.Value[^1])
                && letter.BoundingBox.Left < previous.BoundingBox.Right - 0.1)
                composed.Append(combining);
            else
                composed.Append(letter.Value);
            previous = letter;
        }
        return composed.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>Raised up to 0.7 of the body size (superscript), or lowered up to half of it (subscript).</summary>
    private static bool IsScriptOf(double rise, double body) => rise > 0 ? rise <= 0.7 * body : rise < 0 && -rise <= 0.5 * body;

    /// <summary>
    /// Words joined by a space where the page shows a gap; a superscript or subscript (marked \u0001), and a
    /// word that touches the one before it (the "." after a marker in "gekomen⁷."), are glued on.
    /// </summary>
    private static string JoinWords(List<PdfWord> words)
    {
        var text = new System.Text.StringBuilder();
        PdfWord? previous = null;
        foreach (var w in words)
        {
            if (w.Text[0] == '\u0001')
            {
                text.Append(w.Text, 1, w.Text.Length - 1);
            }
            else
            {
                bool touches = previous is not null && w.Left - previous.Right < w.Size * 0.12;
                if (text.Length > 0 && !touches)
                    text.Append(' ');
                text.Append(w.Text);
            }
            previous = w;
        }
        return text.ToString();
    }

    private static double ModeSize(IEnumerable<PdfWord> words) =>
        words.GroupBy(w => Math.Round(w.Size, 1)).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;

    private static PdfLayout Compose(List<List<PdfLine>> pages, int pageCount)
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

        var furniture = new List<string>();
        var lines = new List<SourceLine>();
        var footnotes = new List<(int Number, List<SourceLine> Lines)>();
        int number = 0;
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
        return new PdfLayout(lines, footnotes.Select(f => new PdfFootnote(f.Number, f.Lines)).Where(f => f.Lines.Count > 0).ToList(), furniture, pageCount);
    }

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
}

/// <summary>The body lines of a PDF, its footnotes, and the furniture seen (stamps carry the official id).</summary>
internal sealed record PdfLayout(IReadOnlyList<SourceLine> Lines, IReadOnlyList<PdfFootnote> Footnotes, IReadOnlyList<string> Furniture, int PageCount);

/// <summary>A footnote's number and lines, read from a page bottom.</summary>
internal sealed record PdfFootnote(int Number, IReadOnlyList<SourceLine> Lines);

/// <summary>A layout that cannot be read at all, with the one-line reason.</summary>
internal sealed class LayoutException(string message) : Exception(message);
