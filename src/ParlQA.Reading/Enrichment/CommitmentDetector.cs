using System.Buffers;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Finds the promises ("toezeggingen") in an answer, sentence by sentence: the Chamber will be informed
/// ("Uw Kamer wordt hierover dit najaar nader geïnformeerd", "U zult geïnformeerd worden over …"), or the
/// government will act ("Het ministerie zal … een kennissessie organiseren", "Het kabinet is voornemens …").
/// A description of what the government does now ("Het kabinet volgt de situatie nauwgezet") is none.
/// </summary>
internal static partial class CommitmentDetector
{
    /// <summary>Rule 1: the Chamber, as addressee, is going to be informed.</summary>
    [GeneratedRegex(@"\b(?:[Uu]w Kamer|[Dd]e (?:Tweede |Eerste )?Kamer|U|u)\b.*?\b(?:zal|zullen|zult|wordt|worden|ontvangt)\b.*?\b(?:geïnformeerd|geinformeerd|informeren|ingelicht|op de hoogte (?:gehouden|gesteld|houden|stellen)|toegestuurd|toegezonden|nader bericht)\b|\b(?:zal|zullen)\b.*?\b(?:[Uu]w Kamer|[Dd]e Kamer|\bu\b)\b.*?\b(?:informeren|berichten|toesturen|toezenden|sturen|rapporteren|op de hoogte (?:houden|stellen))\b")]
    private static partial Regex InformsChamber();

    /// <summary>Rule 2: a government actor, then "zal"/"zullen" in the same clause, not negated.</summary>
    [GeneratedRegex(@"\b(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]et kabinet|[Dd]e regering|[Hh]et [Mm]inisterie(?: van [\p{Lu}][\p{L} ,]+?)?|[Mm]ijn ministerie|[Dd]e [Mm]inister|[Dd]e [Ss]taatssecretaris|Nederland)\b(?<between>[^.;:]*?)\b(?:zal|zullen)\b(?<after>(?:\s+\S+){0,3})")]
    private static partial Regex ActorWill();

    /// <summary>Rule 3: a government actor that "is voornemens" to do something.</summary>
    [GeneratedRegex(@"\b(?:[Ii]k ben|[Hh]et kabinet is|is het kabinet|[Hh]et [Mm]inisterie [^.;]*?is|is het [Mm]inisterie[^.;]*?|[Dd]e regering is|[Ww]ij zijn)\b[^.;]*?\bvoornemens\b[^.;]*?\bte\s+\p{L}+")]
    private static partial Regex ActorIntends();

    /// <summary>Rule 4: "Ik kom hierop terug", "Het kabinet komt hier later op terug".</summary>
    [GeneratedRegex(@"\b(?:[Ii]k kom|[Hh]et kabinet komt|[Ww]ij komen)\b[^.;]*?\bterug\b")]
    private static partial Regex ComesBack();

    [GeneratedRegex(@"\b(?:dat|of|die|wat|wanneer|indien|als|zodat|omdat|waarmee|waarin|waarbij)\b")]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"^\s+(?:\S+\s+)?(?:niet|geen|nooit)\b")]
    private static partial Regex Negation();

    /// <summary>Words one of the rules needs; a sentence with none of them is passed over without running the patterns.</summary>
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["zal", "zullen", "zult", "wordt", "worden", "ontvangt", "voornemens", "terug"], StringComparison.OrdinalIgnoreCase);

    public static bool IsCommitment(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(Triggers) < 0)
            return false;
        if (InformsChamber().IsMatch(sentence) || ActorIntends().IsMatch(sentence) || ComesBack().IsMatch(sentence))
            return true;
        foreach (Match m in ActorWill().Matches(sentence))
        {
            if (!Subordinator().IsMatch(m.Groups["between"].Value) && !Negation().IsMatch(m.Groups["after"].Value))
                return true;
        }
        return false;
    }
}
