using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The one encoding of a footnote reference inside text, for the readers (a Word footnote reference, a PDF
/// superscript) and the round publisher (a printed marker) alike: <c>\uE000n\uE001</c>. Private-use characters print
/// nothing, so no document text is taken for one.
/// </summary>
public static partial class FootnoteMarkerText
{
    public const char Start = '\uE000', End = '\uE001';

    /// <summary>A marker as a regular expression, its number in the group "n": for patterns that take markers in.</summary>
    public const string PatternText = @"\uE000(?<n>\d{1,9})\uE001";

    [GeneratedRegex(PatternText)]
    public static partial Regex Pattern();

    /// <summary>The footnote numbers marked in a text, in order.</summary>
    public static IReadOnlyList<int> Numbers(string text) =>
        Pattern().Matches(text).Select(m => int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The text without its markers.</summary>
    public static string Strip(string text) => Pattern().Replace(text, "");

    /// <summary>The marker of footnote <paramref name="digits"/> ("3" → <c>\uE0003\uE001</c>).</summary>
    public static string Of(string digits) => Start + digits + End;

    public static string Of(int number) => Of(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <paramref name="offset"/> to every marker in a line.</summary>
    public static string Shift(string text, int offset) =>
        !text.Contains(Start, StringComparison.Ordinal) ? text
        : Pattern().Replace(text, m => Of(int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) + offset));
}
