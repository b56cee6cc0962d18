using System.Globalization;
using System.Text;
using PdfSharp.Pdf;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Says in the PDF which character each code of its fonts prints (a /ToUnicode CMap, PDF 32000 9.10.3), so text read out
/// of it keeps non-breaking spaces. PDFsharp sets the fonts WinAnsi-encoded, where code 0xA0 names the space glyph
/// (Annex D): without the map a reader finds a plain space where the text had U+00A0 ("€ 2,7 miljoen"). Drawing is
/// unchanged — the code still shows the font's space.
/// </summary>
internal static class UnicodeMaps
{
    private const string WinAnsi = "/WinAnsiEncoding";

    /// <summary>Windows-1252, which PDFsharp's WinAnsi encoding follows (the € at 0x80, the quotes at 0x91–0x94).</summary>
    private static readonly Encoding Ansi = CodePagesEncodingProvider.Instance.GetEncoding(1252,
        EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>Gives every WinAnsi font on the document's pages its map (call once drawing is done).</summary>
    public static void Add(PdfDocument pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        PdfDictionary? map = null;
        foreach (var page in pdf.Pages)
        {
            if (page.Resources.Elements.GetDictionary("/Font") is not { } fonts)
                continue;
            foreach (var name in fonts.Elements.Keys)
            {
                if (fonts.Elements.GetDictionary(name) is not { } font || font.Elements.ContainsKey("/ToUnicode")
                    || font.Elements.GetName("/Encoding") != WinAnsi)
                    continue;
                if (map is null)
                {
                    map = new PdfDictionary(pdf);
                    map.CreateStream(Encoding.ASCII.GetBytes(CMap()));
                    pdf.Internals.AddObject(map);
                }
                font.Elements["/ToUnicode"] = map.Reference;
            }
        }
    }

    /// <summary>Codes 0x20–0xFF as Windows-1252 reads them — 0xA0 the non-breaking space — leaving out the codes it leaves undefined.</summary>
    private static string CMap()
    {
        var pairs = new List<string>();
        for (int code = 0x20; code <= 0xFF; code++)
        {
            char c;
            try
            {
                c = Ansi.GetString([(byte)code])[0];
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            pairs.Add(string.Create(CultureInfo.InvariantCulture, $"<{code:X2}> <{(int)c:X4}>"));
        }
        var text = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <00> <FF>
            endcodespacerange

            """);
        // At most 100 mappings to a block (PDF 32000 9.10.3, as in CMaps of Adobe's Technical Note 5014).
        foreach (var block in pairs.Chunk(100))
        {
            text.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var pair in block)
                text.Append(pair).Append('\n');
            text.Append("endbfchar\n");
        }
        text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return text.ToString();
    }
}
