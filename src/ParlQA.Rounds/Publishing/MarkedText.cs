using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// A printed answer's text with its footnote markers, as the PDF and the HTML set it. A printed marker carries the
/// document's footnote number, which runs past the officer's "[1]"–"[99]" (<see cref="Domain.FootnoteMarkers"/>), so it
/// has an encoding of its own that no typed text has: <c>\uE000n\uE001</c> (private-use characters, printing nothing).
/// </summary>
public static partial class MarkedText
{
    /// <summary>The printed marker of footnote <paramref name="number"/>.</summary>
    public static string Marker(int number) => "\uE000" + number.ToString(CultureInfo.InvariantCulture) + "\uE001";

    /// <summary>The footnote numbers marked in the text, in order.</summary>
    public static IReadOnlyList<int> Numbers(string text) =>
        Pattern().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The text without its markers, as the published document keeps it.</summary>
    public static string Strip(string text) => Pattern().Replace(text, "");

    /// <summary>A line's text in the pieces it is printed in: plain text, and the markers between, each run of them as "3, 4".</summary>
    public static IEnumerable<(string Text, bool Marks)> Pieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marks = new List<int>();
        int at = 0;
        foreach (Match match in Pattern().Matches(text).Append(Match.Empty))
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
            marks.Add(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
            at = match.Index + match.Length;
        }
        if (marks.Count > 0)
            yield return (Join(marks), true);
    }

    private static string Join(List<int> marks) => string.Join(", ", marks.Select(n => n.ToString(CultureInfo.InvariantCulture)));

    [GeneratedRegex("\uE000([0-9]+)\uE001", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
