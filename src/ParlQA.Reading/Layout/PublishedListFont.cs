using ParlQA.Reading.Text;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The advance widths of the font ParlQA's published lists are set in (Liberation Sans Regular, metric-compatible with
/// Arial; PDFsharp sets it without kerning), in font units of 2048 to the em: what a line of a published list measures
/// in points, so a reader of its extracted text (which lost the positions) sees which lines end with room to spare.
/// </summary>
internal static class PublishedListFont
{
    private const double UnitsPerEm = 2048;

    /// <summary>Sizes in points: body text, footnote text, footnote markers (set small after their word).</summary>
    public const double Body = 9, Note = 6.9, Marker = 5.5;

    /// <summary>U+0020 to U+017F (Basic Latin, Latin-1, Latin Extended-A); control characters as a digit.</summary>
    private static readonly short[] Latin =
    [
        569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569,
        1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139,
        2079, 1366, 1366, 1479, 1479, 1366, 1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593,
        1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 569, 569, 569, 961, 1139,
        682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455, 1024, 455, 1706, 1139, 1139,
        1139, 1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196, 1139,
        1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139,
        1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139,
        569, 682, 1139, 1139, 1139, 1139, 532, 1139, 682, 1509, 758, 1139, 1196, 682, 1509, 1131,
        819, 1124, 682, 682, 682, 1180, 1100, 569, 682, 682, 748, 1139, 1708, 1708, 1708, 1251,
        1366, 1366, 1366, 1366, 1366, 1366, 2048, 1479, 1366, 1366, 1366, 1366, 569, 569, 569, 569,
        1479, 1479, 1593, 1593, 1593, 1593, 1593, 1196, 1593, 1479, 1479, 1479, 1479, 1366, 1366, 1251,
        1139, 1139, 1139, 1139, 1139, 1139, 1821, 1024, 1139, 1139, 1139, 1139, 569, 569, 569, 569,
        1139, 1139, 1139, 1139, 1139, 1139, 1139, 1124, 1251, 1139, 1139, 1139, 1139, 1024, 1139, 1024,
        1366, 1139, 1366, 1139, 1366, 1139, 1479, 1024, 1479, 1024, 1479, 1024, 1479, 1024, 1479, 1259,
        1479, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1366, 1139, 1593, 1139, 1593, 1139,
        1593, 1139, 1593, 1139, 1479, 1139, 1479, 1139, 569, 569, 569, 569, 569, 569, 569, 455,
        569, 569, 1505, 909, 1024, 455, 1366, 1024, 1024, 1139, 455, 1139, 455, 1139, 597, 1139,
        684, 1139, 455, 1479, 1139, 1479, 1139, 1479, 1139, 1237, 1481, 1139, 1593, 1139, 1593, 1139,
        1593, 1139, 2048, 1933, 1479, 682, 1479, 682, 1479, 682, 1366, 1024, 1366, 1024, 1366, 1024,
        1366, 1024, 1251, 569, 1251, 768, 1251, 569, 1479, 1139, 1479, 1139, 1479, 1139, 1479, 1139,
        1479, 1139, 1479, 1139, 1933, 1479, 1366, 1024, 1366, 1251, 1024, 1251, 1024, 1251, 1024, 455,
    ];

    private static readonly Dictionary<char, short> Others = new()
    {
        ['\u2013'] = 1139, ['\u2014'] = 2048, ['\u2018'] = 455, ['\u2019'] = 455, ['\u201A'] = 455, ['\u201C'] = 682, ['\u201D'] = 682, ['\u201E'] = 682, ['\u2022'] = 717, ['\u2026'] = 2048, ['\u20AC'] = 1139, ['\u2122'] = 2048,
    };

    /// <summary>A text's printed width at <paramref name="size"/>; footnote markers (<see cref="FootnoteMarkerText"/>) at the marker size, a run of them as "3, 4".</summary>
    public static double Width(string text, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        double units = 0, markerUnits = 0;
        bool inMarker = false, markerBefore = false;
        foreach (char c in text)
        {
            if (c == FootnoteMarkerText.Start)
            {
                if (markerBefore)
                    markerUnits += Advance(',') + Advance(' ');
                inMarker = true;
                continue;
            }
            if (c == FootnoteMarkerText.End)
            {
                inMarker = false;
                markerBefore = true;
                continue;
            }
            if (inMarker)
            {
                markerUnits += Advance(c);
                continue;
            }
            markerBefore = false;
            units += Advance(c);
        }
        return (units * size + markerUnits * Marker) / UnitsPerEm;
    }

    private static int Advance(char c) =>
        c >= ' ' && c - ' ' < Latin.Length ? Latin[c - ' '] : Others.TryGetValue(c, out short w) ? w : Latin['0' - ' '];
}
