using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// The published list as a tagged PDF (PDFsharp with its PDF/UA structure builder), in the Kamer's layout as
/// <see cref="ListLayout"/> sets it: the title a heading, the opening and signatures paragraphs, the list a table
/// with a header row, each question and answer a row whose text cell holds its paragraphs, a footnote a note beside its
/// marker, the document's id a stamp at the first page's foot. The
/// document's language is Dutch and its title is shown. ParlQA's readers read it back to the same document.
/// </summary>
public static class RoundPdf
{
    /// <summary>Where the stamp stands: at the number column, under the first page's notes (which end 790 pt down).</summary>
    private const double StampX = 60, StampY = 815;

    public static byte[] Write(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        EmbeddedFonts.Install();
        var document = RoundDocument.From(round);
        using var layout = ListLayout.Of(round, document);
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{OfficialText.Title}: {round.LetterTitle}";
        var tags = UAManager.ForDocument(pdf).StructureBuilder;
        // After the accessibility manager, which sets a language of its own.
        pdf.Language = "nl-NL";
        pdf.ViewerPreferences.DisplayDocTitle = true;
        using (var pages = new PageSequence(pdf))
        {
            bool inTable = false;
            foreach (var block in layout.Blocks)
            {
                switch (block.Part)
                {
                    case SetPart.Title:
                        Tagged(tags, PdfBlockLevelElementTag.Heading1, () => pages.Draw(block.Paragraphs[0]));
                        Stamp(tags, pages, document.Id);
                        break;
                    case SetPart.Paragraph:
                        Tagged(tags, PdfBlockLevelElementTag.Paragraph, () => pages.Draw(block.Paragraphs[0]));
                        break;
                    case SetPart.HeaderRow:
                        tags.BeginElement(PdfBlockLevelElementTag.Table);
                        inTable = true;
                        Tagged(tags, PdfBlockLevelElementTag.TableRow, () =>
                        {
                            foreach (var head in block.Paragraphs[0])
                                Tagged(tags, PdfBlockLevelElementTag.TableHeaderCell, () => pages.Draw([head]));
                        });
                        break;
                    default:
                        Tagged(tags, PdfBlockLevelElementTag.TableRow, () => Row(tags, pages, block));
                        break;
                }
            }
            if (inTable)
                tags.End();
        }
        UnicodeMaps.Add(pdf);
        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }

    /// <summary>A row: the number cell, then the text cell with a paragraph element per paragraph and a note element per footnote.</summary>
    private static void Row(StructureBuilder tags, PageSequence pages, SetBlock block)
    {
        Tagged(tags, PdfBlockLevelElementTag.TableDataCell, () => pages.Draw(block.Label));
        Tagged(tags, PdfBlockLevelElementTag.TableDataCell, () =>
        {
            foreach (var paragraph in block.Paragraphs)
            {
                Tagged(tags, PdfBlockLevelElementTag.Paragraph, () =>
                {
                    foreach (var line in paragraph)
                    {
                        pages.Draw([line]);
                        // A footnote is drawn with the line of its marker: on that page's foot, before the next page begins.
                        foreach (var note in line.Notes)
                        {
                            tags.BeginElement(PdfInlineLevelElementTag.Note);
                            pages.Draw(note.Texts);
                            tags.End();
                        }
                    }
                });
            }
        });
    }

    /// <summary>
    /// The document's id at the first page's foot, below its notes, as the Kamer stamps its own ("kst-35207-34"): readers
    /// take it for furniture and give the document the archive's id. A pagination artifact, not part of the text.
    /// </summary>
    private static void Stamp(StructureBuilder tags, PageSequence pages, string id)
    {
        tags.BeginArtifact();
        pages.Draw([new SetText(0, StampX, StampY, id, SetFace.Note, TrailingSpace: false)]);
        tags.End();
    }

    private static void Tagged(StructureBuilder tags, PdfBlockLevelElementTag tag, Action draw)
    {
        tags.BeginElement(tag);
        draw();
        tags.End();
    }

    /// <summary>Draws set texts page after page (the layout is in reading order, so pages only move forward).</summary>
    private sealed class PageSequence(PdfDocument pdf) : IDisposable
    {
        private XGraphics? _page;
        private int _index = -1;

        public void Draw(IEnumerable<SetText> texts)
        {
            foreach (var text in texts)
            {
                while (_index < text.Page)
                {
                    // The structure builder closes the open marked content on the old page when a page is added.
                    var next = pdf.AddPage(new PdfPage { Width = XUnit.FromPoint(ListLayout.PageWidth), Height = XUnit.FromPoint(ListLayout.PageHeight) });
                    _page?.Dispose();
                    _page = XGraphics.FromPdfPage(next);
                    _index++;
                }
                if (text.Face == SetFace.Body)
                    DrawLine(text);
                else
                    _page!.DrawString(text.Text, FontOf(text.Face), XBrushes.Black, text.X, text.Y);
            }
        }

        /// <summary>
        /// A line of body text, its footnote markers raised and small, touching the word before them ("rapport3, 4.");
        /// a line broken at a space keeps that space, as typesetters leave it: the text goes on.
        /// </summary>
        private void DrawLine(SetText line)
        {
            double x = line.X;
            foreach (var (piece, marks) in MarkedText.Pieces(line.Text))
            {
                var font = marks ? ListLayout.Script : ListLayout.Body;
                _page!.DrawString(piece, font, XBrushes.Black, x, marks ? line.Y - 3 : line.Y);
                x += _page.MeasureString(piece, font).Width;
            }
            if (line.TrailingSpace)
                _page!.DrawString(" ", ListLayout.Body, XBrushes.Black, x, line.Y);
        }

        public void Dispose() => _page?.Dispose();

        private static XFont FontOf(SetFace face) => face switch
        {
            SetFace.Title => ListLayout.Title,
            SetFace.Note => ListLayout.Note,
            SetFace.NoteNumber => ListLayout.NoteNumber,
            _ => ListLayout.Body,
        };
    }
}
