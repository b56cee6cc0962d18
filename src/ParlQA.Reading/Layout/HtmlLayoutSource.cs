using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ParlQA.Reading.Layout;

/// <summary>
/// Reads an HTML page (ParlQA's published list, a page a browser saved) with AngleSharp into lines: each paragraph or
/// heading starts a line after a blank, each &lt;br&gt; a line; a table row with a number cell first is a row of the
/// list, its number cell given as <see cref="SourceLine.Label"/> and its text cell one line in the text form (paragraphs
/// apart by "\n\n", lines of their own after "\n"), as the markup says exactly; superscript numbers are footnote
/// markers, and an ordered list whose items are the targets of those markers holds the footnotes; the document's own
/// footer is furniture.
/// </summary>
internal static partial class HtmlLayoutSource
{
    /// <summary>Elements whose text is never the document's: scripts, styles, the site's navigation and forms.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "svg", "head",
    };

    /// <summary>Elements that end the line before them and start a new one (a paragraph apart).</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "aside", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "dt", "dd", "pre", "figure", "figcaption", "table", "tr", "td", "th", "ul", "ol", "dl", "caption", "hr",
    };

    [GeneratedRegex(@"^\s*\d{1,4}(?:\s*,\s*\d{1,4})*\s*$")]
    private static partial Regex MarkerList();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex WhiteSpace();

    /// <summary>Line breaks with the spaces around them.</summary>
    [GeneratedRegex(@" *\n[ \n]*")]
    private static partial Regex Breaks();

    public static DocumentLayout Read(byte[] bytes, ReaderOptions options)
    {
        var document = new HtmlParser().ParseDocument(Formats.TextDecoder.Decode(bytes));
        // The document itself: the published article, or the page's main part, or its body.
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
            return new DocumentLayout { Format = Formats.FileFormat.Html, Lines = [], PageCount = 0, Markers = MarkerKind.Superscript };
        var notes = FootnoteLists(root);
        var reader = new Walker(notes);
        reader.Block(root);
        reader.Flush();
        var footnotes = notes.SelectMany(list => list.Children.Where(c => c.LocalName == "li").Select((item, i) => Footnote(item, i + Start(list))))
            .Where(f => f.Lines.Count > 0).ToList();
        return new DocumentLayout
        {
            Format = Formats.FileFormat.Html,
            Lines = Numbered(reader.Lines),
            Furniture = Furniture(root),
            Footnotes = footnotes,
            PageCount = 1,
            Markers = MarkerKind.Superscript,
        };
    }

    /// <summary>The lines of the document's own footers (a published list's stamp, "pq-r12"): never its text, read for what they tell.</summary>
    private static List<string> Furniture(IElement root)
    {
        var lines = new List<string>();
        foreach (var footer in root.QuerySelectorAll("footer"))
        {
            var walker = new Walker([]);
            walker.Block(footer);
            walker.Flush();
            lines.AddRange(walker.Lines.Select(l => l.Text));
        }
        return lines;
    }

    /// <summary>Ordered lists of footnotes: every item is the target of a link in a superscript ("#fn1").</summary>
    private static List<IElement> FootnoteLists(IElement root)
    {
        var targets = root.QuerySelectorAll("sup a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToHashSet(StringComparer.Ordinal);
        return root.QuerySelectorAll("ol")
            .Where(ol => ol.Children.Any(c => c.LocalName == "li") && ol.Children.Where(c => c.LocalName == "li").All(li => li.Id is { } id && targets.Contains(id)))
            .ToList();
    }

    private static int Start(IElement list) => int.TryParse(list.GetAttribute("start"), out int start) ? start : 1;

    private static LayoutFootnote Footnote(IElement item, int position)
    {
        int number = int.TryParse(item.GetAttribute("value"), out int value) ? value : position;
        var walker = new Walker([]);
        walker.Block(item);
        walker.Flush();
        return new LayoutFootnote(number, Numbered(walker.Lines));
    }

    private static List<SourceLine> Numbered(List<SourceLine> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            bool blankAfter = i + 1 < lines.Count && lines[i + 1].BlankBefore;
            lines[i] = lines[i] with { Number = i + 1, Page = 1, PageStart = i == 0, PageEnd = i == lines.Count - 1, BlankAfter = blankAfter };
        }
        return lines;
    }

    /// <summary>Walks the elements in reading order, gathering the text of each block into one line.</summary>
    private sealed class Walker(List<IElement> footnoteLists)
    {
        private readonly StringBuilder _text = new();
        private string? _label;

        /// <summary>Inside a row's text cell, which is one line: its paragraphs and line breaks stay in the text.</summary>
        private bool _inRow;

        /// <summary>The next line stands apart (a blank line before it).</summary>
        private bool _blankBefore = true;

        public List<SourceLine> Lines { get; } = [];

        public void Block(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        Inline(text.Data);
                        break;
                    case IElement element when Skipped.Contains(element.LocalName) || footnoteLists.Contains(element):
                        break;
                    case IElement { LocalName: "br" }:
                        LineBreak();
                        break;
                    case IElement { LocalName: "sup" } sup when MarkerList().IsMatch(sup.TextContent):
                        foreach (var number in sup.TextContent.Split(',', StringSplitOptions.TrimEntries))
                            _text.Append(FootnoteMarkerText.Of(number));
                        break;
                    case IElement { LocalName: "tr" } row when Row(row) is var (label, body):
                        Flush();
                        _label = label;
                        _inRow = _blankBefore = true;
                        Block(body);
                        _inRow = false;
                        Flush();
                        _label = null;
                        break;
                    case IElement { LocalName: "thead" }:
                        break;
                    case IElement element when Blocks.Contains(element.LocalName):
                        ParagraphBreak();
                        Block(element);
                        ParagraphBreak();
                        break;
                    case IElement element:
                        Block(element);
                        break;
                }
            }
        }

        /// <summary>A row of the list: a short number cell (or an empty one) and the text cell after it.</summary>
        private static (string Label, IElement Body)? Row(IElement row)
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
            if (cells.Count < 2 || cells[0].LocalName == "th")
                return null;
            var label = WhiteSpace().Replace(cells[0].TextContent, " ").Trim();
            return label.Length <= 20 && (label.Length == 0 || char.IsAsciiDigit(label[0])) ? (label, cells[1]) : null;
        }

        private void Inline(string data)
        {
            var text = WhiteSpace().Replace(data, " ");
            if (text.Length == 0 || text == " " && (_text.Length == 0 || _text[^1] is ' ' or '\n'))
                return;
            if (text[0] == ' ' && (_text.Length == 0 || _text[^1] is ' ' or '\n'))
                text = text[1..];
            _text.Append(text);
        }

        private void ParagraphBreak()
        {
            if (_inRow)
                _text.Append("\n\n");
            else
                Flush();
            _blankBefore = true;
        }

        private void LineBreak()
        {
            if (_inRow)
                _text.Append('\n');
            else
                Flush();
        }

        /// <summary>Ends the open line: its text in the text form, no spaces around its breaks, at most a blank line between paragraphs.</summary>
        public void Flush()
        {
            var text = Breaks().Replace(_text.ToString(), m => m.Value.Count(c => c == '\n') > 1 ? "\n\n" : "\n").Trim(' ', '\n');
            _text.Clear();
            if (text.Length == 0)
                return;
            Lines.Add(new SourceLine { Text = text, Number = 0, BlankBefore = _blankBefore, Label = _label });
            _label = null;
            _blankBefore = false;
        }
    }
}
