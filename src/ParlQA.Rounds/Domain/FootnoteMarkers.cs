using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Rounds.Domain;

/// <summary>
/// Where an officer puts a footnote in an answer: "[1]" marks the answer's first footnote at that place. Shown as a
/// superscript there (not a second time after the text); the published document keeps the text without markers
/// and the footnotes' numbers beside it, as the readers do. A footnote without a marker goes after the text.
/// </summary>
public static partial class FootnoteMarkers
{
    /// <summary>The markers in the text, in order: 1 for "[1]".</summary>
    public static IReadOnlyList<int> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Marker().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The text without its markers ("het rapport[1]." → "het rapport.").</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Marker().Replace(text, "");
    }

    /// <summary>The text in pieces: plain text, and the footnotes marked between them (null after plain text).</summary>
    public static IEnumerable<(string Text, int? Marker)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = 0;
        foreach (Match match in Marker().Matches(text))
        {
            yield return (text[at..match.Index], int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
            at = match.Index + match.Length;
        }
        yield return (text[at..], null);
    }

    [GeneratedRegex(@"\[([1-9][0-9]?)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
