using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// Reads a PDF's text layer with PdfPig in two steps: each page's words become printed lines
/// (<see cref="PdfWords"/>: sizes, superscripts, accents; the table row each is drawn in, where the PDF is tagged:
/// <see cref="PdfTableRows"/>), then the lines of all pages become body lines,
/// footnotes and furniture (<see cref="PdfPageRegions"/>).
/// </summary>
internal static class PdfLayoutSource
{
    public static DocumentLayout Read(byte[] bytes, ReaderOptions options) => Read(bytes);

    public static DocumentLayout Read(byte[] bytes)
    {
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new LayoutException(ReadErrors.EncryptedPdf);
        }
        catch (Exception e) when (IsBadInput(e))
        {
            throw new LayoutException(ReadErrors.CorruptPdf(e.Message));
        }
        using (pdf)
        {
            var pages = new List<List<PdfLine>>();
            try
            {
                var rows = PdfTableRows.Of(pdf);
                var printed = pdf.GetPages().Select(page => (Page: page, Words: PdfWords.Words(page, rows.On(page)))).ToList();
                double body = PdfWords.BodySize(printed.SelectMany(p => p.Words));
                foreach (var (page, words) in printed)
                    pages.Add(PdfWords.ReadLines(page, words, body));
            }
            catch (Exception e) when (IsBadInput(e))
            {
                throw new LayoutException(ReadErrors.CorruptPdf(e.Message));
            }
            if (pages.All(p => p.Count == 0))
                throw new LayoutException(ReadErrors.NoTextLayer);
            return PdfPageRegions.Compose(pages, pdf.NumberOfPages);
        }
    }

    /// <summary>
    /// Whatever the PDF library throws on a damaged file is a fact about the file, not a bug of ours: it becomes
    /// a one-line error. Only the runtime's own emergencies pass.
    /// </summary>
    private static bool IsBadInput(Exception e) => e is not (OutOfMemoryException or StackOverflowException or LayoutException);
}
