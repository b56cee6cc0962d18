using ParlQA.Reading.Formats;

namespace ParlQA.Reading.Layout;

/// <summary>
/// A document as a layout source read it — body lines with their layout facts, the footnotes the layout set
/// apart, the furniture removed (stamps and footers carry the official id), the page count — and how its text
/// marks footnote references. The line normalisers return refined copies.
/// </summary>
internal sealed record DocumentLayout
{
    public required FileFormat Format { get; init; }

    public required IReadOnlyList<SourceLine> Lines { get; init; }

    /// <summary>Footnotes found apart from the body: at a PDF page's bottom, in Word's footnotes part, after a pdftotext page.</summary>
    public IReadOnlyList<LayoutFootnote> Footnotes { get; init; } = [];

    public IReadOnlyList<string> Furniture { get; init; } = [];

    /// <summary>
    /// Lines that belong to the document's header though printed apart from its front matter: a Word letter's
    /// first-page header (its letterhead), the old Aanhangsel's answer heading. The header readers see them first.
    /// </summary>
    public IReadOnlyList<SourceLine> HeaderLines { get; init; } = [];

    public required int PageCount { get; init; }

    public required MarkerKind Markers { get; init; }

    /// <summary>What the first Kamerstuk footer among the furniture says ("… 35 207, nr. 34 15"), if there is one.</summary>
    public KamerstukFooterFacts? Footer => Furniture.Select(PageFurniture.ReadFooter).FirstOrDefault(f => f is not null);
}

/// <summary>A footnote's number and lines, as the layout found them apart from the body.</summary>
internal sealed record LayoutFootnote(int Number, IReadOnlyList<SourceLine> Lines);

/// <summary>How a layout shows footnote references in the body, which says what their numbers are.</summary>
internal enum MarkerKind
{
    /// <summary>
    /// Digits glued to the word before them ("verklaring1"), as text extraction leaves superscripts: any glued
    /// number may be a marker, and a line starting with one may be that footnote.
    /// </summary>
    Glued,

    /// <summary>PDF superscripts, marked in the text; the footnotes' numbers are the printed ones.</summary>
    Superscript,

    /// <summary>Word footnote references, marked in the text; the notes are never among the lines, and are numbered in reference order.</summary>
    Reference,
}
