namespace ParlQA.Reading.Text;

/// <summary>
/// Decides what a hyphen at a line end is: a hyphenation break to remove ("regelma-/tig"), or a real
/// hyphen to keep ("OESO-/Richtlijnen", "regering-/Trump", "directeur-/generaal").
/// </summary>
internal static class Dehyphenator
{
    /// <summary>Prefixes Dutch always writes with a hyphen (Woordenlijst: niet-, oud-, ex-, non-).</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase) { "niet", "oud", "ex", "non", "pro", "semi", "ultra" };

    /// <summary>Titles of the form "directeur-generaal", where the second part qualifies the first.</summary>
    private static readonly HashSet<string> HyphenSecondParts = new(StringComparer.OrdinalIgnoreCase) { "generaal", "president", "generaals" };

    /// <summary>True when the hyphen between <paramref name="left"/> and <paramref name="right"/> belongs to the word.</summary>
    /// <param name="left">The word fragment before the hyphen, without the hyphen.</param>
    /// <param name="right">The word fragment at the start of the next line.</param>
    public static bool KeepHyphen(string left, string right, WordEvidence evidence)
    {
        var l = WordEvidence.Clean(left);
        var r = WordEvidence.Clean(right);
        if (l.Length == 0 || r.Length == 0)
            return true;

        // The document itself is the best witness: the word written whole, or with its hyphen, elsewhere.
        if (evidence.Contains(l + r))
            return false;
        if (evidence.Contains(l + "-" + r))
            return true;

        // An acronym, a number or a code before the hyphen: "IMVO-convenanten", "COVID19-situatie", "90%-doelstelling".
        var leftPart = LastCompoundPart(l);
        if (leftPart.Any(char.IsDigit) || leftPart.Length >= 2 && leftPart.All(c => char.IsUpper(c) || !char.IsLetter(c)))
            return true;
        // A capital after the hyphen: "OESO-Richtlijnen", "regering-Trump", "EU-China".
        if (char.IsUpper(r[0]))
            return true;
        if (HyphenPrefixes.Contains(l) || HyphenSecondParts.Contains(r))
            return true;
        // Two equal vowels would merge into one long vowel: "zee-egel", "auto-ongeluk".
        return IsVowel(l[^1]) && char.ToLowerInvariant(l[^1]) == char.ToLowerInvariant(r[0]);
    }

    private static string LastCompoundPart(string word)
    {
        int dash = word.LastIndexOf('-');
        return dash < 0 ? word : word[(dash + 1)..];
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c, StringComparison.Ordinal);
}
