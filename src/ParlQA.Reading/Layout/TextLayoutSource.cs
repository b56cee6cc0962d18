namespace ParlQA.Reading.Layout;

/// <summary>
/// Turns text as pdftotext and similar tools produce it into <see cref="SourceLine"/>s. Page breaks come
/// from form feeds, from removed footers and headers, and from the single leading space that some
/// extractions put before the first line of every page.
/// </summary>
internal static class TextLayoutSource
{
    /// <summary>A leading space marks page starts only where it is rare; in layout-preserving text it is indentation.</summary>
    private const double MaxPageStartShare = 0.25;

    /// <summary>Decodes the bytes and reads their lines; text whose line breaks were lost gets them back first.</summary>
    public static DocumentLayout Read(byte[] bytes, ReaderOptions options)
    {
        var text = Formats.TextDecoder.Decode(bytes);
        return Read(FlattenedText.IsFlattened(text) ? FlattenedText.Unflatten(text) : text);
    }

    public static DocumentLayout Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = SplitLines(text);
        bool leadingSpaceMarksPage = LeadingSpaceIsRare(raw);

        var lines = new List<SourceLine>(raw.Count);
        var footerPages = new List<(int PageIndex, int Printed)>();
        int pageIndex = 0;
        bool pendingPageStart = true;
        bool blankBefore = false;
        bool afterFooter = false;
        int interiorBlanks = 0, pendingBlanks = 0;
        var furniture = new List<string>();

        foreach (var (content, number) in raw)
        {
            if (content == "\f")
            {
                MarkPageEnd(lines);
                pendingPageStart = true;
                continue;
            }
            var trimmed = content.Trim();
            if (trimmed.Length == 0)
            {
                if (lines.Count > 0)
                    pendingBlanks++;
                blankBefore = true;
                if (lines.Count > 0 && !lines[^1].BlankAfter)
                    lines[^1] = lines[^1] with { BlankAfter = true };
                continue;
            }
            // A lone number right after a footer is the footer's page number, set on a line of its own.
            if (afterFooter && trimmed.All(char.IsAsciiDigit) && trimmed.Length <= 4)
            {
                afterFooter = false;
                continue;
            }
            afterFooter = false;
            if (PageFurniture.IsFurniture(trimmed))
            {
                furniture.Add(trimmed);
                afterFooter = PageFurniture.IsFooter(trimmed) && (PageFurniture.ReadFooter(trimmed) is { Page: null } || !char.IsAsciiDigit(trimmed[^1]));
                if (PageFurniture.ReadFooter(trimmed) is { Page: int printed })
                    footerPages.Add((pageIndex, printed));
                if (PageFurniture.IsFooter(trimmed))
                {
                    MarkPageEnd(lines);
                    pendingPageStart = true;
                }
                blankBefore = false;
                continue;
            }

            bool markedStart = leadingSpaceMarksPage && content.Length > 1 && content[0] == ' ' && content[1] != ' ';
            bool pageStart = pendingPageStart || markedStart;
            if (pageStart && lines.Count > 0)
            {
                if (!pendingPageStart)
                    MarkPageEnd(lines);
                pageIndex++;
            }
            pendingPageStart = false;
            interiorBlanks += pendingBlanks;
            pendingBlanks = 0;
            lines.Add(new SourceLine
            {
                Text = trimmed,
                Number = number,
                Page = pageIndex + 1,
                PageStart = pageStart,
                BlankBefore = blankBefore,
                TrailingSpace = char.IsWhiteSpace(content[^1]),
            });
            blankBefore = false;
        }

        int pageCount = lines.Count == 0 ? 0 : pageIndex + 1;
        if (IsParagraphPerLine(lines, interiorBlanks))
        {
            // Hyphens inside a paragraph are resolved after the paragraphs the scan broke are whole again ("instel-" + "len").
            var evidence = Text.WordEvidence.From(lines.Select(l => l.Text));
            lines = OcrParagraphs.Tidy(lines.ConvertAll(l => l with { BlankBefore = true, BlankAfter = true }))
                .ConvertAll(l => l with { Text = Text.Dehyphenator.JoinInlineBreaks(l.Text, evidence) });
        }
        var numbered = ApplyPrintedPageNumbers(lines, footerPages);
        return new DocumentLayout { Format = Formats.FileFormat.Text, Lines = numbered, Furniture = furniture, PageCount = pageCount, Markers = MarkerKind.Glued };
    }

    /// <summary>Lines with their numbers; a form feed becomes a line of its own so pages stay visible.</summary>
    private static List<(string Content, int Number)> SplitLines(string text)
    {
        var result = new List<(string, int)>();
        int number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            var content = line.TrimEnd('\r');
            while (content.Contains('\f', StringComparison.Ordinal))
            {
                int at = content.IndexOf('\f', StringComparison.Ordinal);
                if (at > 0)
                    result.Add((content[..at], number));
                result.Add(("\f", number));
                content = content[(at + 1)..];
            }
            result.Add((content, number));
        }
        return result;
    }

    /// <summary>Lines this long, a quarter of them or more with hardly a blank line between, are whole paragraphs (OCR output).</summary>
    private const int ParagraphLineLength = 150;

    /// <summary>
    /// Text where every line is a whole paragraph — OCR output, or a converted document — has no blank lines
    /// to separate its blocks: each line stands on its own, as if blank lines surrounded it.
    /// </summary>
    private static bool IsParagraphPerLine(List<SourceLine> lines, int blank)
    {
        if (lines.Count < 3)
            return false;
        int paragraphs = lines.Count(l => l.Text.Length > ParagraphLineLength);
        return blank * 10 < lines.Count && (paragraphs * 4 >= lines.Count || paragraphs >= 3 || blank == 0 && paragraphs >= 2);
    }

    /// <summary>Layout-preserving text indents many lines; text where few lines start with white space uses it for page starts.</summary>
    private static bool LeadingSpaceIsRare(List<(string Content, int Number)> raw)
    {
        int nonBlank = 0, indented = 0;
        foreach (var (content, _) in raw)
        {
            if (string.IsNullOrWhiteSpace(content))
                continue;
            nonBlank++;
            if (char.IsWhiteSpace(content[0]))
                indented++;
        }
        return nonBlank > 0 && indented <= nonBlank * MaxPageStartShare;
    }

    private static void MarkPageEnd(List<SourceLine> lines)
    {
        if (lines.Count > 0 && !lines[^1].PageEnd)
            lines[^1] = lines[^1] with { PageEnd = true };
    }

    /// <summary>
    /// Page numbers as printed: a footer "… nr. 34 15" ends page 15, so every page is shifted by the
    /// difference between the printed number and the count of page breaks seen before it.
    /// </summary>
    private static List<SourceLine> ApplyPrintedPageNumbers(List<SourceLine> lines, List<(int PageIndex, int Printed)> footerPages)
    {
        if (footerPages.Count == 0)
            return lines;
        int offset = footerPages[0].Printed - (footerPages[0].PageIndex + 1);
        if (offset == 0)
            return lines;
        return lines.ConvertAll(l => l with { Page = l.Page + offset });
    }
}
