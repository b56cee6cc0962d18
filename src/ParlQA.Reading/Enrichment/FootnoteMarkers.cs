using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Footnote markers that PDF extraction glues to the word before them ("verklaring1", "regenboogbeleid»?1").
/// A glued number is only a marker when the document has that footnote: "op19 juni" stays as printed.
/// </summary>
internal static partial class FootnoteMarkers
{
    /// <summary>A number glued to a word, and a list going on from it ("ombudsman?1, 2"): <c>more</c> holds ", 2".</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{2}|\p{Ll}[»”’""')?!.,;:]|[»”’""')][?!.,;:])(?<n>\d{1,2})(?<more>(?:,\s?\d{1,2})*)(?=$|[\s,.;:!?)»”’])")]
    private static partial Regex GluedNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>
    /// A year with one or two digits glued on at a clause's end ("Regulations 19732?" in OCR): no year has five or
    /// six digits, so the digits after the year can only be a marker — and are one only where that note exists.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?<year>(?:1[89]|20)\d\d)(?<n>\d{1,2})(?=[?!.,;:)»”’]+(?:\s|$))")]
    private static partial Regex GluedToYear();

    /// <summary>The numbers of a glued marker: its own, and those of a list going on from it when they count on from it (1, 2, 3), as footnotes do.</summary>
    private static List<int> GluedNumbers(Match m)
    {
        int first = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        var numbers = new List<int> { first };
        foreach (Match d in Digits().Matches(m.Groups["more"].Value))
            numbers.Add(int.Parse(d.ValueSpan, CultureInfo.InvariantCulture));
        return numbers.Select((n, i) => n == first + i).All(x => x) ? numbers : [first];
    }

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
                    numbers.UnionWith(GluedNumbers(m));
            }
        }
        return numbers;
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{N}»”’""')?.!])\s?(?<n>\d{1,2})\)(?=$|[\s,.;:!?»”’])")]
    private static partial Regex ParenMarker();

    [GeneratedRegex(@"\s?\[(?<n>\d{1,2})\]")]
    private static partial Regex BracketMarker();

    /// <summary>
    /// Removes the markers of existing footnotes from <paramref name="text"/>, each in the style the document
    /// uses for that footnote, and says which they were. An explicit marker of a footnote that does not exist
    /// is put back as the digits it was.
    /// </summary>
    public static (string Text, IReadOnlyList<int> Numbers) Split(string text, IReadOnlyDictionary<int, MarkerStyle> footnotes)
    {
        var numbers = new List<int>();
        text = FootnoteMarkerText.Pattern().Replace(text, m => Take(m, MarkerStyle.Explicit) ? "" : m.Groups["n"].Value);
        if (footnotes.Count == 0)
            return (text, numbers);
        if (footnotes.Values.Contains(MarkerStyle.Bracket))
            text = BracketMarker().Replace(text, m => Take(m, MarkerStyle.Bracket) ? "" : m.Value);
        if (footnotes.Values.Contains(MarkerStyle.Paren))
            text = ParenMarker().Replace(text, m => Take(m, MarkerStyle.Paren) ? "" : m.Value);
        if (footnotes.Values.Contains(MarkerStyle.Glued))
        {
            text = GluedNumber().Replace(text, m => InsideUrl(text, m.Index) ? m.Value : TakeGlued(m));
            text = GluedToYear().Replace(text, m => !InsideUrl(text, m.Index) && Take(m, MarkerStyle.Glued) ? m.Groups["year"].Value : m.Value);
        }
        return (text, numbers);

        // "?1, 2" goes as a whole where both footnotes exist; else only its first number can be a marker.
        string TakeGlued(Match m)
        {
            var list = GluedNumbers(m);
            if (list.Count > 1 && list.All(n => footnotes.TryGetValue(n, out var s) && s == MarkerStyle.Glued))
            {
                foreach (int n in list.Where(n => !numbers.Contains(n)))
                    numbers.Add(n);
                return "";
            }
            return Take(m, MarkerStyle.Glued) ? m.Groups["more"].Value : m.Value;
        }

        bool Take(Match m, MarkerStyle style)
        {
            int n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            if (!footnotes.TryGetValue(n, out var has) || has != style)
                return false;
            if (!numbers.Contains(n))
                numbers.Add(n);
            return true;
        }
    }

    private static bool InsideUrl(string text, int index)
    {
        int start = text.LastIndexOfAny([' ', '\n'], Math.Max(0, index - 1)) + 1;
        return Urls.IsUrlToken(text[start..index]);
    }
}
