using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// The one encoding of a footnote reference the layout knows (a Word footnote reference, a PDF superscript) inside
/// line text: <c>\uE000n\uE001</c>. Private-use characters print nothing, so no document text is taken for one.
/// </summary>
internal static partial class FootnoteMarkerText
{
    public const char Start = '\uE000', End = '\uE001';

    [GeneratedRegex(@"\uE000(?<n>\d{1,9})\uE001")]
    public static partial Regex Pattern();

    /// <summary>The marker of footnote <paramref name="digits"/> ("3" → <c>\uE0003\uE001</c>).</summary>
    public static string Of(string digits) => Start + digits + End;

    public static string Of(int number) => Of(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <paramref name="offset"/> to every marker in a line.</summary>
    public static string Shift(string text, int offset) =>
        !text.Contains(Start, StringComparison.Ordinal) ? text
        : Pattern().Replace(text, m => Of(int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) + offset));
}
