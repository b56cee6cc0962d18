using System.Globalization;
using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>
/// How the archive makes Dutch words findable: folded (lower case, accents off: "geïnformeerd" →
/// "geinformeerd"), stemmed (inflection and derivation endings off, and the "ge-" of a participle:
/// "geïnformeerd", "informeren", "informatie" → "inform"), and reversed, so that a compound's last part
/// is a prefix of the reversed stem: "mensenrechtenschendingen" → "mensenrechtenschend" → "dnehcs…",
/// which a search for "schending" (→ "schend" → "dnehcs") finds.
/// </summary>
public static class DutchTerms
{
    /// <summary>Endings stripped, longest first; a stem keeps at least <see cref="MinStem"/> letters.</summary>
    private static readonly string[] Suffixes =
    [
        "eringen", "ingen", "ering", "aties", "atie", "eerde", "eerden", "eerd", "eren", "heden", "heid", "elijk",
        "lijke", "lijk", "ende", "ing", "ers", "ies", "ie", "en", "er", "es", "e", "s",
    ];

    private const int MinStem = 4;

    /// <summary><see cref="Suffixes"/> by their last letter, in the same order: a word is tried only against the
    /// endings its own last letter allows (this runs for every word ingested).</summary>
    private static readonly string[][] SuffixesByLastLetter = [.. Enumerable.Range('a', 26).Select(c => Suffixes.Where(s => s[^1] == c).ToArray())];

    /// <summary>The words of a text, folded.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        // Only text with accents needs decomposing; most Dutch text is plain ASCII but for a few letters.
        var source = text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? text.Normalize(NormalizationForm.FormD) : text;
        foreach (char c in source)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
                yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    public static string Fold(string word) => string.Concat(Words(word));

    /// <summary>A light Dutch stemmer: enough for "schendingen"/"schending", "informatie"/"informeren"/"geïnformeerd".</summary>
    public static string Stem(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var stem = Stem(folded.AsSpan());
        return stem.Length == folded.Length ? folded : stem.ToString();
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 7 && word.StartsWith("ge", StringComparison.Ordinal) && (word[^1] == 'd' || word[^1] == 't'))
            word = word[2..];
        if (word.IsEmpty || word[^1] is < 'a' or > 'z')
            return word;
        foreach (var suffix in SuffixesByLastLetter[word[^1] - 'a'])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinStem)
                return word[..^suffix.Length];
        }
        return word;
    }

    public static string Reverse(string word)
    {
        var chars = word.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>The stems of a text, space-separated: what goes into the forward search column.</summary>
    public static string Stems(string text) => IndexTexts(text).Stems;

    /// <summary>The reversed stems of a text: what goes into the compound search column.</summary>
    public static string ReversedStems(string text) => IndexTexts(text).Reversed;

    /// <summary>
    /// Both index columns of a text in one pass over its characters: the same words as <see cref="Words"/>,
    /// stemmed as <see cref="Stem(string)"/>, without a string per word (this runs for every text ingested).
    /// </summary>
    public static (string Stems, string Reversed) IndexTexts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stems = new StringBuilder(text.Length);
        var reversed = new StringBuilder(text.Length);
        var source = text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? text.Normalize(NormalizationForm.FormD) : text;
        var word = new char[Math.Min(source.Length, 256) + 1];
        int length = 0;
        foreach (char c in source)
        {
            if (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c))
            {
                if (length == word.Length)
                    Array.Resize(ref word, word.Length * 2);
                word[length++] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c < 128 ? c : char.ToLowerInvariant(c);
                continue;
            }
            if (c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            Append(word.AsSpan(0, length), stems, reversed);
            length = 0;
        }
        Append(word.AsSpan(0, length), stems, reversed);
        return (stems.ToString(), reversed.ToString());
    }

    private static void Append(ReadOnlySpan<char> word, StringBuilder stems, StringBuilder reversed)
    {
        if (word.IsEmpty)
            return;
        var stem = Stem(word);
        if (stems.Length > 0)
        {
            stems.Append(' ');
            reversed.Append(' ');
        }
        stems.Append(stem);
        for (int i = stem.Length - 1; i >= 0; i--)
            reversed.Append(stem[i]);
    }
}
