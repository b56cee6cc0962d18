namespace ParlQA.Reading.Text;

/// <summary>
/// Decides what a hyphen at a line end is: a hyphenation break to remove ("regelma-/tig"), or a real
/// hyphen to keep ("OESO-/Richtlijnen", "regering-/Trump", "directeur-/generaal").
/// </summary>
internal static partial class Dehyphenator
{
    /// <summary>Prefixes Dutch always writes with a hyphen (Woordenlijst: niet-, oud-, ex-, non-).</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase) { "niet", "oud", "ex", "non", "pro", "semi", "ultra" };

    /// <summary>Titles of the form "directeur-generaal", where the second part qualifies the first.</summary>
    private static readonly HashSet<string> HyphenSecondParts = new(StringComparer.OrdinalIgnoreCase) { "generaal", "president", "generaals" };

    /// <summary>Abbreviations written in lower case, which keep their hyphen: "tv-uitzending", "ggz-instelling".</summary>
    private static readonly HashSet<string> LowerCaseAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "tv", "pc", "cd", "dvd", "ov", "wc", "ggz", "ggd", "ict", "zzp", "mkb", "cao", "ozb", "wmo" };

    /// <summary>Endings of Dutch adjectives, for coordinated pairs.</summary>
    private static readonly string[] AdjectiveEndings = ["aal", "eel", "isch", "ief", "iek", "air", "ijk"];

    /// <summary>True when the hyphen between <paramref name="left"/> and <paramref name="right"/> belongs to the word.</summary>
    /// <param name="left">The word fragment before the hyphen, without the hyphen.</param>
    /// <param name="right">The word fragment at the start of the next line.</param>
    /// <param name="inline">The hyphen stands inside a line, so the hyphenated form is always "seen": only the whole form counts as evidence.</param>
    public static bool KeepHyphen(string left, string right, WordEvidence evidence, bool inline = false)
    {
        var l = WordEvidence.Clean(left);
        var r = WordEvidence.Clean(right);
        if (l.Length == 0 || r.Length == 0)
            return true;

        // The document itself is the best witness: the word written whole, or with its hyphen, elsewhere.
        if (evidence.Contains(l + r))
            return false;
        if (!inline && evidence.Contains(l + "-" + r))
            return true;

        // An acronym, a number or a code before the hyphen: "IMVO-convenanten", "COVID19-situatie", "90%-doelstelling".
        var leftPart = LastCompoundPart(l);
        if (leftPart.Any(char.IsDigit) || leftPart.Length >= 2 && leftPart.All(c => char.IsUpper(c) || !char.IsLetter(c)))
            return true;
        // A capital after the hyphen: "OESO-Richtlijnen", "regering-Trump", "EU-China".
        if (char.IsUpper(r[0]))
            return true;
        if (HyphenPrefixes.Contains(l) || HyphenSecondParts.Contains(r) || LowerCaseAbbreviations.Contains(leftPart))
            return true;
        // Coordinated adjectives keep their hyphen: "sociaal-economische", "Nederlands-Duitse".
        if (AdjectiveEndings.Any(e => l.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && AdjectiveEndings.Any(e => r.TrimEnd('e', 's').EndsWith(e.TrimEnd('e'), StringComparison.OrdinalIgnoreCase)))
            return true;
        // Klinkerbotsing: vowels that would merge into one sound keep their hyphen ("zee-egel", "auto-ongeluk",
        // "informatie-uitwisseling", "politie-inzet").
        return IsVowel(l[^1]) && IsVowel(r[0]) && MergingVowels.Contains(string.Concat(char.ToLowerInvariant(l[^1]), char.ToLowerInvariant(r[0])));
    }

    private static readonly HashSet<string> MergingVowels = ["aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu"];

    /// <summary>
    /// OCR text keeps the hyphens of the scan's line breaks inside its paragraphs ("geno-men", "uitge-sproken",
    /// also after a capital: "Ne-derlandse", "Haze-kamp"): each hyphen before a lower-case part is judged as a
    /// line-end one would be (a capital after it, "Noord-Holland", "Haas-Berger", keeps it).
    /// </summary>
    public static string JoinInlineBreaks(string line, WordEvidence evidence) =>
        InlineBreak().Replace(line, m => KeepHyphen(m.Groups["l"].Value, m.Groups["r"].Value, evidence, inline: true) ? m.Value : m.Groups["l"].Value + m.Groups["r"].Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}-])(?<l>\p{L}\p{Ll}+)-(?<r>\p{Ll}+)(?![\p{L}-])")]
    private static partial System.Text.RegularExpressions.Regex InlineBreak();

    private static string LastCompoundPart(string word)
    {
        int dash = word.LastIndexOf('-');
        return dash < 0 ? word : word[(dash + 1)..];
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);
}
