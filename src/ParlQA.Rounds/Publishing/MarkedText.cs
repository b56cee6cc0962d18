using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// A printed answer's text with its footnote markers, as the PDF and the HTML set it. A printed marker carries the
/// document's footnote number, which runs past the officer's "[1]"–"[99]" (<see cref="Domain.FootnoteMarkers"/>), so it
/// has an encoding of its own that no typed text has, the one the readers use (<see cref="FootnoteMarkerText"/>).
/// </summary>
public static class MarkedText
{
    /// <summary>The printed marker of footnote <paramref name="number"/>.</summary>
    public static string Marker(int number) => FootnoteMarkerText.Of(number);

    /// <summary>The footnote numbers marked in the text, in order.</summary>
    public static IReadOnlyList<int> Numbers(string text) => FootnoteMarkerText.Numbers(text);

    /// <summary>The text without its markers, as the published document keeps it.</summary>
    public static string Strip(string text) => FootnoteMarkerText.Strip(text);

    /// <summary>A line's text in the pieces it is printed in: plain text, and the markers between, each run of them as "3, 4".</summary>
    public static IEnumerable<(string Text, bool Marks)> Pieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = new List<int>();
        int at = 0;
        foreach (Match match in FootnoteMarkerText.Pattern().Matches(text).Append(Match.Empty))
        {
            var plain = match.Success ? text[at..match.Index] : text[at..];
            if (plain.Length > 0 && marks.Count > 0)
            {
                yield return (Join(marks), true);
                marks.Clear();
            }
            if (plain.Length > 0)
                yield return (plain, false);
            if (!match.Success)
                break;
            marks.Add(int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture));
            at = match.Index + match.Length;
        }
        if (marks.Count > 0)
            yield return (Join(marks), true);
    }

    private static string Join(List<int> marks) => string.Join(", ", marks.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
