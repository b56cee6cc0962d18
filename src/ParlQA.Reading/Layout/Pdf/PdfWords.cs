using UglyToad.PdfPig.Content;

namespace ParlQA.Reading.Layout;

/// <summary>
/// One PDF page's words, with positions and sizes, set into printed lines: words on one baseline form a line;
/// small numbers just above a line are superscripts glued to the word before them, as a footnote marker is
/// printed (or, before the line's first word, the number of the footnote the line starts); accents printed as
/// glyphs of their own are composed with their letter.
/// </summary>
internal static partial class PdfWords
{
    /// <summary>Words smaller than this share of the body size are superscripts or subscripts.</summary>
    private const double ScriptShare = 0.75;

    private const string NonBreakingSpace = "\u00A0";

    /// <summary>Marks a word glued to the one before it (a superscript or subscript) until the line is joined.</summary>
    internal const char Glued = '\u0001';

    /// <summary>What a superscript or subscript may print: a number, a list of them ("1,2", "1," of "1, 2"), or the comma between.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,3}(?:,\d{1,3})*,?|,)$")]
    private static partial System.Text.RegularExpressions.Regex ScriptText();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Digits();

    /// <summary>
    /// The page's words, each with the table row its first letter is drawn in, where <paramref name="rows"/> knows it
    /// (<see cref="PdfTableRows"/>).
    /// </summary>
    public static List<PdfWord> Words(Page page, Dictionary<Letter, long> rows)
    {
        var nonBreaking = page.Letters.Where(l => l.Value == NonBreakingSpace).ToList();
        return page.GetWords()
            .Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text))
            .SelectMany(SplitAtSpaces)
            .Select(w => new PdfWord(
                ComposeAccents(w),
                w.BoundingBox.Left, w.BoundingBox.Right, w.Letters[0].StartBaseLine.Y,
                w.Letters.Select(l => l.PointSize).Order().ElementAt(w.Letters.Count / 2))
            {
                NonBreakingBefore = nonBreaking.Count > 0 && nonBreaking.Any(l => Ends(l, w.Letters[0])),
                Row = rows.TryGetValue(w.Letters[0], out long row) ? row : null,
            })
            .ToList();
    }

    /// <summary>
    /// The body text's size: the size most text is set in, over the whole document — a page that holds one line of
    /// an answer and a long footnote is mostly small text, and its footnote markers must still read as superscripts.
    /// </summary>
    public static double BodySize(IEnumerable<PdfWord> words) =>
        words.GroupBy(w => Math.Round(w.Size, 1)).MaxBy(g => g.Sum(w => w.Text.Length))?.Key ?? 0;

    /// <summary>The page's printed lines, top to bottom, each with its words left to right and its text joined.</summary>
    public static List<PdfLine> ReadLines(Page page, List<PdfWord> words, double body)
    {
        var lines = new List<PdfLine>();
        if (words.Count == 0)
            return lines;
        var scripts = words.Where(w => w.Size < body * ScriptShare && ScriptText().IsMatch(w.Text)).ToList();
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
        var spaces = page.Letters.Where(l => l.Value == " ").ToList();
        foreach (var line in lines)
        {
            line.Text = JoinWords(line.Words);
            line.TrailingSpace = spaces.Any(l => Math.Abs(l.StartBaseLine.Y - line.Baseline) < 0.5 && l.StartBaseLine.X >= line.Right - 0.5 && l.StartBaseLine.X < line.Right + line.Size);
        }
        return lines.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left).ToList();
    }

    /// <summary>A letter that ends where the next begins, on its baseline.</summary>
    private static bool Ends(Letter letter, Letter next) =>
        Math.Abs(letter.EndBaseLine.Y - next.StartBaseLine.Y) < 0.5 && Math.Abs(letter.EndBaseLine.X - next.StartBaseLine.X) < 0.5;

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
        // A small number on a line's own baseline, just before its first word, numbers that line (a note of the 2014–2015 layout).
        var numbered = lines.FirstOrDefault(l => Math.Abs(script.Baseline - l.Baseline) < 0.5 && script.Right <= l.Left && l.Left - script.Right < body);
        if (numbered is not null && Digits().Matches(script.Text) is [var only] && only.Length == script.Text.Length)
        {
            numbered.FootnoteNumber = int.Parse(only.Value, System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        if (target is null)
        {
            var own = new PdfLine { Baseline = script.Baseline, Page = page.Number, PageHeight = page.Height };
            own.Words.Add(script);
            lines.Add(own);
            return;
        }
        var numbers = Digits().Matches(script.Text).Select(m => m.Value).ToList();
        if (script.Left < target.Left && script.Baseline > target.Baseline && numbers.Count > 0)
        {
            target.FootnoteNumber = int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture);
            return;
        }
        int at = target.Words.FindIndex(w => w.Left > script.Left);
        // A superscript is a footnote reference, one marker per number of a list ("1, 2"); a subscript belongs to its word (CO₂).
        var glued = script with { Text = Glued + (script.Baseline > target.Baseline ? string.Concat(numbers.Select(FootnoteMarkerText.Of)) : script.Text) };
        if (at < 0)
            target.Words.Add(glued);
        else
            target.Words.Insert(at, glued);
    }

    /// <summary>Raised up to 0.7 of the body size (superscript), or lowered up to half of it (subscript).</summary>
    private static bool IsScriptOf(double rise, double body) => rise > 0 ? rise <= 0.7 * body : rise < 0 && -rise <= 0.5 * body;

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

    /// <summary>
    /// Words joined by a space where the page shows a gap; a superscript or subscript, and a word that touches
    /// the one before it (the "." after a marker in "gekomen⁷."), are glued on.
    /// </summary>
    public static string JoinWords(List<PdfWord> words)
    {
        var text = new System.Text.StringBuilder();
        PdfWord? previous = null;
        foreach (var w in words)
        {
            if (w.Text[0] == Glued)
            {
                text.Append(w.Text, 1, w.Text.Length - 1);
            }
            else
            {
                bool touches = previous is not null && w.Left - previous.Right < w.Size * 0.12;
                if (text.Length > 0 && !touches)
                    text.Append(w.NonBreakingBefore ? '\u00A0' : ' ');
                text.Append(w.Text);
            }
            previous = w;
        }
        return text.ToString();
    }

    /// <summary>
    /// The right edge of the first word and the words glued, touching or bound to it by a non-breaking space ("€ 2,7"):
    /// what a line before could not have held.
    /// </summary>
    public static double FirstWordRight(List<PdfWord> words)
    {
        double right = words[0].Right;
        for (int i = 1; i < words.Count && (words[i].Text[0] == Glued || words[i].NonBreakingBefore || words[i].Left - words[i - 1].Right < words[i].Size * 0.12); i++)
            right = Math.Max(right, words[i].Right);
        return right;
    }
}

/// <summary>A word as printed: its text, its horizontal extent, its baseline and its (median letter) size.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>A non-breaking space (U+00A0, as the PDF says its code prints) parts this word from the one before it.</summary>
    public bool NonBreakingBefore { get; init; }

    /// <summary>The table row it is drawn in, where a tagged PDF says (the row's object number); null elsewhere.</summary>
    public long? Row { get; init; }
}

/// <summary>One printed line (or one column segment of it).</summary>
internal sealed class PdfLine
{
    public List<PdfWord> Words { get; } = [];
    public double Baseline { get; set; }

    /// <summary>The number of the footnote this line starts, where a superscript stands before its first word.</summary>
    public int? FootnoteNumber { get; set; }
    public int Page { get; init; }
    public double PageHeight { get; init; }
    public string Text { get; set; } = "";

    /// <summary>A space is printed after the line's last word: the line broke at a space (not inside a word or address).</summary>
    public bool TrailingSpace { get; set; }
    public double Left => Words[0].Left;

    public double Right => Words[^1].Right;

    /// <summary>The table row of its first word that has one (<see cref="PdfWord.Row"/>).</summary>
    public long? Row => Words.Select(w => w.Row).FirstOrDefault(r => r is not null);

    /// <summary>
    /// The median size of its own words, computed once the line's words are final: the superscripts glued on do not count
    /// ("Nee.¹, ², ³" is a line of body text).
    /// </summary>
    public double Size => _size ??= Median(Words.Any(w => w.Text[0] != PdfWords.Glued) ? Words.Where(w => w.Text[0] != PdfWords.Glued).ToList() : Words);

    private double? _size;

    private static double Median(List<PdfWord> words) => words.Select(w => w.Size).Order().ElementAt(words.Count / 2);
}
