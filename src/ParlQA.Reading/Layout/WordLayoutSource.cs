using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ParlQA.Reading.Layout;

/// <summary>
/// Reads a Word answer letter with the Open XML SDK: every paragraph of the body in document order (the
/// letterhead's layout tables and text boxes included), list numbers as Word shows them ("1)", "•"), line
/// breaks inside a paragraph as separate lines, and real Word footnotes with their references marked.
/// </summary>
internal static class WordLayoutSource
{
    private const int MaxEntries = 5000;

    /// <param name="bytes">The .docx file.</param>
    /// <param name="maxUnpackedBytes">A letter unpacks to a few megabytes; far more is a zip bomb.</param>
    public static DocumentLayout Read(byte[] bytes, ReaderOptions options)
    {
        CheckArchive(bytes, options.MaxUnpackedBytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body ?? throw new LayoutException(ReadErrors.WordWithoutMainPart);
            var footnoteNumbers = new Dictionary<long, int>();
            var main = word.MainDocumentPart!;
            var lines = ReadBody(body, main, new ListNumbering(main.NumberingDefinitionsPart), footnoteNumbers);
            var footnotes = ReadFootnotes(main.FootnotesPart, footnoteNumbers);
            var letterhead = FirstPageHeader(main, body) is { Header: { } header } headerPart ? ReadBody(header, headerPart, new ListNumbering(main.NumberingDefinitionsPart), []) : [];
            return new DocumentLayout { Format = Formats.FileFormat.Docx, Lines = lines, Footnotes = footnotes, HeaderLines = letterhead, PageCount = 1, Markers = MarkerKind.Reference };
        }
        catch (Exception e) when (e is not (OutOfMemoryException or LayoutException))
        {
            throw new LayoutException(ReadErrors.CorruptWord(e.Message));
        }
    }

    /// <summary>Refuses zip bombs and archives that are not Word documents before the SDK unpacks anything.</summary>
    private static void CheckArchive(byte[] bytes, long maxUnpackedBytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
                throw new LayoutException(ReadErrors.ZipBombEntries(zip.Entries.Count, MaxEntries));
            long unpacked = zip.Entries.Sum(e => e.Length);
            if (unpacked > maxUnpackedBytes)
                throw new LayoutException(ReadErrors.ZipBombSize(unpacked, maxUnpackedBytes));
            if (zip.GetEntry("word/document.xml") is null)
                throw new LayoutException(ReadErrors.WordWithoutDocumentXml);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new LayoutException(ReadErrors.CorruptWord(e.Message));
        }
    }

    /// <summary>
    /// The header printed on the first page, where a ministry's letterhead often stands: the first section's
    /// first-page header where the section has a title page, else its default header.
    /// </summary>
    private static HeaderPart? FirstPageHeader(MainDocumentPart main, Body body)
    {
        var section = body.Descendants<SectionProperties>().FirstOrDefault();
        if (section is null)
            return null;
        bool titlePage = section.GetFirstChild<TitlePage>() is { } title && (title.Val?.Value ?? true);
        var references = section.Elements<HeaderReference>().ToList();
        var reference = (titlePage ? references.FirstOrDefault(r => r.Type?.Value == HeaderFooterValues.First) : null)
            ?? references.FirstOrDefault(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default);
        return reference?.Id?.Value is { } id ? main.GetPartById(id) as HeaderPart : null;
    }

    /// <summary>Every paragraph under <paramref name="root"/> (a body or a header, of <paramref name="part"/>) as lines.</summary>
    private static List<SourceLine> ReadBody(OpenXmlElement root, OpenXmlPart part, ListNumbering numbering, Dictionary<long, int> footnoteNumbers)
    {
        var lines = new List<SourceLine>();
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            if (paragraph.Ancestors<DocumentFormat.OpenXml.AlternateContentFallback>().Any())
                continue;
            var prefix = numbering.Prefix(paragraph);
            var text = new StringBuilder(prefix);
            foreach (var element in OwnContent(paragraph))
            {
                switch (element)
                {
                    case WordText t: text.Append(t.Text); break;
                    case TabChar: text.Append(' '); break;
                    case Break: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                    case FootnoteReference reference when reference.Id?.Value is long id:
                        if (!footnoteNumbers.TryGetValue(id, out int n))
                            footnoteNumbers[id] = n = footnoteNumbers.Count + 1;
                        text.Append(FootnoteMarkerText.Of(n));
                        break;
                }
            }
            var links = WordHyperlinks.Of(paragraph, part);
            var pieces = text.ToString().Split('\n').Select(p => p.Replace('\u00A0', ' ').Trim()).Where(p => p.Length > 0).ToList();
            foreach (var piece in pieces)
            {
                // A link goes with the line that shows its text (the first line where none does).
                var own = links.Where(l => l.Text.Length > 0 && piece.Contains(l.Text, StringComparison.Ordinal)
                    || piece == pieces[0] && !pieces.Any(p => l.Text.Length > 0 && p.Contains(l.Text, StringComparison.Ordinal))).ToList();
                lines.Add(new SourceLine { Text = piece, Number = lines.Count + 1, Page = 1, BlankBefore = true, BlankAfter = true, Links = own });
            }
        }
        return lines;
    }

    /// <summary>The runs' content of a paragraph itself, not of paragraphs nested in its text boxes.</summary>
    private static IEnumerable<OpenXmlElement> OwnContent(Paragraph paragraph) =>
        paragraph.Descendants().Where(e => e is WordText or TabChar or Break or NoBreakHyphen or FootnoteReference
            && e.Ancestors<Paragraph>().FirstOrDefault() == paragraph
            && !e.Ancestors<DocumentFormat.OpenXml.AlternateContentFallback>().Any()
            && e.Parent is not DeletedRun);

    private static List<LayoutFootnote> ReadFootnotes(FootnotesPart? part, Dictionary<long, int> numbers)
    {
        var result = new List<LayoutFootnote>();
        if (part?.Footnotes is null)
            return result;
        foreach (var footnote in part.Footnotes.Elements<Footnote>())
        {
            if (footnote.Id?.Value is not long id || !numbers.TryGetValue(id, out int n))
                continue;
            var paragraphs = footnote.Descendants<Paragraph>().ToList();
            var text = string.Join(" ", paragraphs.Select(p => string.Concat(p.Descendants<WordText>().Select(t => t.Text)).Trim()).Where(t => t.Length > 0));
            var links = paragraphs.SelectMany(p => WordHyperlinks.Of(p, part)).ToList();
            result.Add(new LayoutFootnote(n, [new SourceLine { Text = text, Number = 0, Links = links }]));
        }
        return result.OrderBy(f => f.Number).ToList();
    }

    /// <summary>
    /// Word's list numbers are not in the text: the number of each item comes from counting the items of
    /// its list and level, shaped by the level's text ("%1)" → "1)"); bullets become "•".
    /// </summary>
    private sealed class ListNumbering(NumberingDefinitionsPart? part)
    {
        private readonly Dictionary<(int Num, int Level), int> _counters = [];

        public string Prefix(Paragraph paragraph)
        {
            var numPr = paragraph.ParagraphProperties?.NumberingProperties;
            if (numPr?.NumberingId?.Val?.Value is not int numId || numId == 0 || part?.Numbering is null)
                return "";
            int level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
            var instance = part.Numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = part.Numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
                .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
            if (definition is null)
                return "";
            var format = definition.NumberingFormat?.Val?.Value;
            if (format == NumberFormatValues.Bullet)
                return "• ";
            if (format == NumberFormatValues.None)
                return "";
            int start = definition.StartNumberingValue?.Val?.Value ?? 1;
            int count = _counters.TryGetValue((numId, level), out int c) ? c + 1 : start;
            _counters[(numId, level)] = count;
            foreach (var deeper in _counters.Keys.Where(k => k.Num == numId && k.Level > level).ToList())
                _counters.Remove(deeper);
            var pattern = definition.LevelText?.Val?.Value ?? "%1.";
            var label = pattern.Replace("%" + (level + 1).ToString(CultureInfo.InvariantCulture), Format(count, format), StringComparison.Ordinal);
            return label.Contains('%', StringComparison.Ordinal) ? "" : label + " ";
        }

        private static string Format(int n, NumberFormatValues? format) =>
            format == NumberFormatValues.LowerLetter ? ((char)('a' + (n - 1) % 26)).ToString()
            : format == NumberFormatValues.UpperLetter ? ((char)('A' + (n - 1) % 26)).ToString()
            : n.ToString(CultureInfo.InvariantCulture);
    }
}
