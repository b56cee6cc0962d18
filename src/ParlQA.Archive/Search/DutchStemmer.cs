namespace ParlQA.Archive.Search;

/// <summary>
/// A Dutch stemmer for inflection only: the forms of one word share a stem, words derived from one another do
/// not. Plurals (-en, -s, -'s, -heden), adjective -e, diminutives (-je, -tje, -pje, -etje and their -s), verb forms
/// (-t after k f p d g m l b w and in -ert, past -de/-te), participles (ge-…-d/t, and the infix of
/// "uitgevoerd"), then one spelling for the open and closed syllable ("maak"/"maken" → "mak", "stellen" → "stel",
/// "brieven" → "brief"). Follows the inflectional steps of Kraaij–Pohlmann (Snowball's current Dutch stemmer),
/// without its derivational steps (-atie → -eer, -heid, -ing, -baar, -lijk, -ig), which join words users keep apart:
/// "informatie" stays apart from "informeren" and "geïnformeerd". Input is a folded word (lower case, no accents);
/// words with digits, or with letters outside a–z, are left as they are.
/// </summary>
public static class DutchStemmer
{
    /// <summary>A stem keeps at least this many letters.</summary>
    private const int MinStem = 3;

    /// <summary>Words that start with ge- but are no participle, or whose ge- belongs to the verb (gebruiken):
    /// their ge- stays. A participle stem would join them to another word ("gezicht" to "zicht", "gemeente" to "menen").</summary>
    private static readonly string[] KeepsGe =
    [
        "gebed", "gebeur", "gebied", "gebit", "gebod", "gebruik", "gedeelt", "gedicht", "gedraag", "gedrag", "geduld", "geest", "geheel",
        "gelaat", "gelijk", "geloof", "gemeen", "gemeent", "gemiddeld", "gemoed", "geniet", "gerecht", "gereed", "gesprek", "getuig", "gevaar",
        "geval", "gevecht", "geweld", "gewest", "gewicht", "gewoon", "gezant", "gezicht", "gezond", "gehoorza",
    ];

    /// <summary>Separable prefixes before the ge- of a participle: "uitgevoerd" is the participle of "uitvoeren".</summary>
    private static readonly string[] SeparablePrefixes =
    [
        "aan", "achter", "af", "bij", "binnen", "door", "in", "los", "mee", "na", "neer", "om", "onder", "op", "over", "samen",
        "tegen", "terug", "tewerk", "toe", "uit", "vast", "voor", "vrij", "weg",
    ];

    /// <summary>Singular words that end like a plural in -s ("grens", "mens"): their -s stays.</summary>
    private static readonly string[] KeepsS = ["grens", "mens", "wens", "lens", "proces", "adres", "congres"];

    /// <summary>Nouns in -te made from adjectives (ziekte, hoogte, ruimte), as their ending leaves them: their t is
    /// not a verb's, and taking it off would join them to the adjective.</summary>
    private static readonly string[] TeNouns = ["ziekt", "hoogt", "diept", "ruimt", "lengt", "breedt", "groott", "dikt", "sterkt", "warmt", "vlakt", "zwakt"];

    public static string Stem(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length <= MinStem)
            return folded;
        Span<char> buffer = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        folded.AsSpan().CopyTo(buffer);
        var stem = Stem(buffer);
        return stem.SequenceEqual(folded) ? folded : stem.ToString();
    }

    /// <summary>Stems a folded word in place: the stem is the returned part of <paramref name="word"/>.</summary>
    public static Span<char> Stem(Span<char> word)
    {
        if (word.Length <= MinStem)
            return word;
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
                return word;
        }
        word = Endings(word, out bool stripped);
        if (TryParticiple(word, out var participle))
            word = participle;
        else if (!(stripped && EndsWithAny(word, TeNouns)))
            word = VerbEnding(word);
        return Spelling(word);
    }

    /// <summary>Plural, adjective and diminutive endings; <paramref name="stripped"/> says whether one came off.</summary>
    private static Span<char> Endings(Span<char> w, out bool stripped)
    {
        stripped = true;
        if (w.EndsWith("heden") && w.Length - 5 >= MinStem)
        {
            // mogelijkheden → mogelijkheid
            "heid".CopyTo(w[^5..]);
            return w[..^1];
        }
        if (TryDiminutive(w, out var small))
            return small;
        if (TryPluralS(w, out var singular))
            w = singular;
        if (w.EndsWith("en") && w.Length - 2 >= MinStem && (!IsVowel(w[^3]) || w[^3] == 'e'))
            return AgainEn(w[..^2]);
        if (w[^1] == 'e' && w.Length - 1 >= MinStem && !IsVowel(w[^2]))
            return AgainEn(w[..^1]);
        stripped = singular.Length > 0;
        return w;
    }

    /// <summary>The -en of a word that ends in -en itself, left by the plural or adjective ending: "gevangenen" and
    /// "gevangene" meet "gevangen" (→ "gevang"), "tekenen" meets "teken".</summary>
    private static Span<char> AgainEn(Span<char> w) =>
        w.EndsWith("en") && w.Length - 2 >= MinStem && !IsVowel(w[^3]) ? w[..^2] : w;

    /// <summary>huisje(s) → huis, boompje → boom, balletje → bal, rijtje → rij, stoeltje → stoel.</summary>
    private static bool TryDiminutive(Span<char> w, out Span<char> stem)
    {
        stem = default;
        if (w.EndsWith("jes"))
            w = w[..^1];
        if (!w.EndsWith("je") || w.Length < 5)
            return false;
        var before = w[..^2];
        if (before.EndsWith("et") && before.Length >= 5 && before[^3] == before[^4] && !IsVowel(before[^3]))
            stem = before[..^2];
        else if (before.EndsWith("mp"))
            stem = before[..^1];
        else if (before[^1] == 't' && before.Length >= 4 && (IsLongVowel(before[^3], before[^2]) || (before[^2] is 'l' or 'n' or 'w' && before.Length >= 5 && IsVowel(before[^3]) && IsVowel(before[^4]))))
            stem = before[..^1];
        else if (!IsVowel(before[^1]) && before.Length >= MinStem)
            stem = before;
        return stem.Length > 0;
    }

    /// <summary>The singular of a plural in -s: studies, wapens, partners, analyses, auto's (folded "autos").</summary>
    private static bool TryPluralS(Span<char> w, out Span<char> singular)
    {
        singular = default;
        if (w[^1] != 's' || w.Length - 1 < 4 || EndsWithAny(w, KeepsS))
            return false;
        char before = w[^2];
        if ((before == 'e' && w[^3] != 'e') || (before is 'l' or 'n' or 'r' or 'm' && w[^3] == 'e') || (before is 'a' or 'o' or 'y' && !IsVowel(w[^3])))
            singular = w[..^1];
        return singular.Length > 0;
    }

    /// <summary>A participle's ge- (gesteld, uitgevoerd) and then its -d or -t where that is not part of the verb.</summary>
    private static bool TryParticiple(Span<char> w, out Span<char> stem)
    {
        stem = default;
        if (w[^1] is not ('d' or 't') || w.EndsWith("heid"))
            return false;
        if (w.StartsWith("ge") && w.Length - 2 >= 4 && HasVowel(w[2..]) && !StartsWithAny(w, KeepsGe))
        {
            stem = ParticipleEnding(w[2..]);
            return true;
        }
        foreach (var prefix in SeparablePrefixes)
        {
            if (w.Length - prefix.Length - 2 >= 4 && w.StartsWith(prefix) && w[prefix.Length..].StartsWith("ge") && HasVowel(w[(prefix.Length + 2)..]))
            {
                // uitgevoerd → uitvoerd: the prefix moves over the ge-.
                w[..prefix.Length].CopyTo(w[2..]);
                stem = ParticipleEnding(w[2..]);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The -d or -t a participle adds: -t after the voiceless consonants of 't kofschip (gemaakt, gepast; not the
    /// t of "gericht", "gezet"), -d after anything but a short vowel and n (gesteld, gevraagd, gediend; not "geland").
    /// </summary>
    private static Span<char> ParticipleEnding(Span<char> w)
    {
        if (w.Length - 1 < MinStem)
            return w;
        char before = w[^2];
        if (w[^1] == 't')
            return before is 'k' or 'f' or 'p' or 's' or 'x' ? w[..^1] : w;
        if (before == 'n')
            return w.Length >= 4 && IsVowel(w[^3]) && IsVowel(w[^4]) ? w[..^1] : w;
        return IsVowel(before) ? w : w[..^1];
    }

    /// <summary>
    /// The -t of the present and the -d/-t left of the past and of participles without ge-, where the ending can
    /// only be a verb's: werkt, verstrekt, heeft, vindt, zegt, komt, stelt, informeert, veranderd, verhoogd. Not the
    /// t of nouns (kabinet, punt, staat, soort, kaart) nor -rd/-ld/-nd (woord, geld, land). Applied to every
    /// form alike (markt, markten → mark), so a noun it shortens still meets its own forms.
    /// </summary>
    private static Span<char> VerbEnding(Span<char> w)
    {
        if (w.Length - 1 < MinStem || w[^1] is not ('t' or 'd'))
            return w;
        char before = w[^2];
        if (w[^1] == 't' && before is 'k' or 'f' or 'p' or 'd' or 'g' or 'm' or 'l' or 'b' or 'w')
            return w[..^1];
        if (w[^1] == 'd' && before is 'g' or 'f' or 'w')
            return w[..^1];
        // dient, toont (not punt, kant, moment, nor gemeente).
        if (w.EndsWith("ient") || w.EndsWith("oont"))
            return w[..^1];
        // bepaald, betaald, bedoeld (not beeld, geld, veld).
        if (w.EndsWith("aald") || w.EndsWith("oeld"))
            return w[..^1];
        if (before == 'r' && (w.EndsWith("ert") || w.EndsWith("erd") || w.EndsWith("oert") || w.EndsWith("oerd") || w.EndsWith("eurt") || w.EndsWith("eurd") || w.EndsWith("uurd")))
            return w[..^1];
        return w;
    }

    /// <summary>
    /// One spelling for the open and closed syllable, as the stem ends: a doubled consonant single (stell → stel),
    /// v and z as f and s (briev → brief, huiz → huis), a doubled vowel before the last consonant single
    /// (maak → mak, informeer → informer), so "maakt", "maken" and "gemaakt" meet.
    /// </summary>
    private static Span<char> Spelling(Span<char> w)
    {
        if (w.Length > MinStem && w[^1] == w[^2] && !IsVowel(w[^1]))
            w = w[..^1];
        if (w[^1] == 'v')
            w[^1] = 'f';
        else if (w[^1] == 'z')
            w[^1] = 's';
        if (w.Length >= 4 && !IsVowel(w[^1]) && w[^1] != 'j' && w[^2] == w[^3] && w[^2] is 'a' or 'e' or 'o' or 'u' && !IsVowel(w[^4]))
        {
            w[^2] = w[^1];
            w = w[..^1];
        }
        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>The long vowels a -tje diminutive follows: rij-tje, knie-tje, thee-tje, koe-tje.</summary>
    private static bool IsLongVowel(char first, char second) => (first, second) is ('i', 'j') or ('i', 'e') or ('e', 'e') or ('o', 'e');

    private static bool EndsWithAny(ReadOnlySpan<char> w, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (w.EndsWith(ending))
                return true;
        }
        return false;
    }

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (IsVowel(c))
                return true;
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> w, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (w.StartsWith(prefix))
                return true;
        }
        return false;
    }
}
