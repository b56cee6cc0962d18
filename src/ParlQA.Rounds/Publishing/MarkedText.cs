using System.Globalization;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>A printed answer's text with its footnote markers ("[3]", <see cref="FootnoteMarkers"/>), as the PDF and the HTML set it.</summary>
public static class MarkedText
{
    /// <summary>A line's text in the pieces it is printed in: plain text, and the markers between, each run of them as "3, 4".</summary>
    public static IEnumerable<(string Text, bool Marks)> Pieces(string text)
    {
        var marks = new List<int>();
        foreach (var (plain, marker) in FootnoteMarkers.Split(text))
        {
            if (plain.Length > 0 && marks.Count > 0)
            {
                yield return (Numbers(marks), true);
                marks.Clear();
            }
            if (plain.Length > 0)
                yield return (plain, false);
            if (marker is int n)
                marks.Add(n);
        }
        if (marks.Count > 0)
            yield return (Numbers(marks), true);
    }

    private static string Numbers(List<int> marks) => string.Join(", ", marks.Select(n => n.ToString(CultureInfo.InvariantCulture)));
}
