using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Footnote markers that PDF extraction glues to the word before them ("verklaring1", "regenboogbeleid»?1").
/// A glued number is only a marker when the document has that footnote: "op19 juni" stays as printed.
/// </summary>
internal static partial class FootnoteMarkers
{
    [GeneratedRegex(@"(?<=\p{Ll}{2}|\p{Ll}[»”’""')?!.,;:]|[»”’""')][?!.,;:])(?<n>\d{1,2})(?=$|[\s,.;:!?)»”’])")]
    private static partial Regex GluedNumber();

    /// <summary>Every number glued to a word somewhere in the lines: the footnotes the text may have.</summary>
    public static HashSet<int> Candidates(IEnumerable<string> lines)
    {
        var numbers = new HashSet<int>();
        foreach (var line in lines)
        {
            if (!line.AsSpan().ContainsAnyInRange('0', '9'))
                continue;
            foreach (Match m in GluedNumber().Matches(line))
            {
                if (!InsideUrl(line, m.Index))
                    numbers.Add(int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture));
            }
        }
        return numbers;
    }

    /// <summary>Removes the markers of existing footnotes from <paramref name="text"/> and says which they were.</summary>
    public static (string Text, IReadOnlyList<int> Numbers) Split(string text, IReadOnlySet<int> footnotes)
    {
        if (footnotes.Count == 0)
            return (text, []);
        var numbers = new List<int>();
        var result = new StringBuilder(text.Length);
        int last = 0;
        foreach (Match m in GluedNumber().Matches(text))
        {
            int n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            if (!footnotes.Contains(n) || InsideUrl(text, m.Index))
                continue;
            result.Append(text, last, m.Index - last);
            last = m.Index + m.Length;
            if (!numbers.Contains(n))
                numbers.Add(n);
        }
        result.Append(text, last, text.Length - last);
        return (result.ToString(), numbers);
    }

    private static bool InsideUrl(string text, int index)
    {
        int start = text.LastIndexOfAny([' ', '\n'], Math.Max(0, index - 1)) + 1;
        return Urls.IsUrlToken(text[start..index]);
    }
}
