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

    /// <summary>Rule 1b: the government sends, shares or reports to the Chamber in the present tense ("stuur ik uw Kamer
    /// een brief", "informeer de Kamer na de zomer", "zal op korte termijn met uw Kamer gedeeld worden").</summary>
    [GeneratedRegex(@"\b(?:informeer|informeren|stuur|sturen|zend|zenden|bericht)\b(?:\s+(?:ik|wij|we))?\s+(?:[Uu]w|de) Kamer\b|\bmet (?:[Uu]w|de) Kamer (?:ge)?deel(?:d|en)\b")]
    private static partial Regex SendsToChamber();

    /// <summary>Rule 2b: "zal"/"zullen" before its government actor ("Na de zomer zal ik …", "Ten slotte zullen de
    /// Staatssecretaris van JenV en ikzelf …").</summary>
    [GeneratedRegex(@"\b(?:[Zz]al|[Zz]ullen)\s+(?:ik|wij|we|het kabinet|de regering|mijn ministerie|de [Mm]inister|de [Ss]taatssecretaris)\b(?<after>(?:\s+\S+){0,3})")]
    private static partial Regex WillActor();

    /// <summary>Rule 3b: an intention or readiness without the actor in front ("Het ligt in de bedoeling … op te nemen",
    /// "bestaat het voornemen om … te organiseren", "We hebben de intentie om …", "ik ben bereid te onderzoeken",
    /// "Het kabinet streeft er naar om … te brengen").</summary>
    [GeneratedRegex(@"\b(?:voornemens|het voornemen|de intentie|in de bedoeling|(?:ben|zijn|is)\s+(?:\p{L}+\s+)?bereid|genoodzaakt|doen besluiten|besloten|(?:streeft|streven) er\s*naar)\b[^.;]*?\bte\s+\p{L}+")]
    private static partial Regex Intends();

    /// <summary>Rule 4b: "Op … kom ik na de zomer terug"; rule 5: "Ik neem … mee bij het uitwerken van toekomstig beleid".</summary>
    [GeneratedRegex(@"\bkom(?:t|en)?\s+(?:ik|het kabinet|wij|we)\b[^.;]*?\bterug\b|\b(?:[Ii]k neem|[Ww]ij nemen|[Ww]e nemen|neem ik|nemen we|nemen wij)\b[^.;]*?\bmee\b")]
    private static partial Regex ComesBackOrTakesAlong();

    /// <summary>Rule 6: a first person acting at a time to come ("Na de zomer maken we de balans op").</summary>
    [GeneratedRegex(@"^(?:[Nn]a|[Vv]oor|[Ii]n) (?:de zomer|het najaar|het voorjaar|de komende (?:tijd|periode|maanden))\s+\p{Ll}+\s+(?:ik|we|wij)\b")]
    private static partial Regex ActsLater();

    /// <summary>A government actor to be present somewhere in a sentence that rule 3b takes.</summary>
    [GeneratedRegex(@"\b(?:[Ii]k|[Ii]kzelf|mij|[Ww]ij|[Ww]e|[Hh]et kabinet|[Dd]e regering|[Hh]et [Mm]inisterie|[Mm]ijn ministerie|[Dd]e [Mm]inister|[Dd]e [Ss]taatssecretaris|Nederlandse zijde)\b|^Het ligt in de bedoeling|^Met het voornemen")]
    private static partial Regex GovernmentActor();

    /// <summary>A sentence opening with a condition ("Indien de landen dit verzoeken, …") promises nothing yet.</summary>
    [GeneratedRegex(@"^(?:Indien|Als|Wanneer|Mocht|Mits)\b")]
    private static partial Regex Conditional();

    /// <summary>Keeping on with what is done now ("zal zich blijvend inspannen", "zal mij blijven inzetten") is policy, not a promise.</summary>
    [GeneratedRegex(@"\bblijv(?:en|end)\b")]
    private static partial Regex GoingOn();

    /// <summary>"Daarvoor zal ik ingaan op …": the answer announcing its own next paragraph.</summary>
    [GeneratedRegex(@"^\s+(?:\S+\s+)?(?:hieronder\s+|hierna\s+|eerst\s+|kort\s+)?ingaan\b")]
    private static partial Regex AnswerItself();

    [GeneratedRegex(@"\b(?:dat|of|die|wat|wanneer|indien|als|zodat|omdat|waarmee|waarin|waarbij)\b")]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"^\s+(?:\S+\s+)?(?:niet|geen|nooit)\b")]
    private static partial Regex Negation();

    /// <summary>Words one of the rules needs; a sentence with none of them is passed over without running the patterns.</summary>
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["zal", "zullen", "zult", "wordt", "worden", "ontvangt", "voornemen", "terug", "Kamer", "intentie", "bedoeling", "bereid",
         "genoodzaakt", "besl", "streeft", "streven", "mee", "na de", "voor de", "in de", "in het"], StringComparison.OrdinalIgnoreCase);

    public static bool IsCommitment(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny(Triggers) < 0 || Conditional().IsMatch(sentence))
            return false;
        if (InformsChamber().IsMatch(sentence) || SendsToChamber().IsMatch(sentence) || ActorIntends().IsMatch(sentence)
            || ComesBack().IsMatch(sentence) || ComesBackOrTakesAlong().IsMatch(sentence) || ActsLater().IsMatch(sentence)
            || (Intends().IsMatch(sentence) && GovernmentActor().IsMatch(sentence)))
            return true;
        foreach (Match m in ActorWill().Matches(sentence))
        {
            if (!Subordinator().IsMatch(m.Groups["between"].Value) && Promises(sentence[m.Groups["after"].Index..], m.Groups["after"].Value))
                return true;
        }
        foreach (Match m in WillActor().Matches(sentence))
        {
            if (Promises(sentence[m.Groups["after"].Index..], m.Groups["after"].Value))
                return true;
        }
        return false;
    }

    /// <summary>What follows "zal" and its actor makes a promise: not negated, not keeping on, not the answer's own next step.</summary>
    private static bool Promises(string rest, string nextWords) =>
        !Negation().IsMatch(nextWords) && !GoingOn().IsMatch(rest) && !AnswerItself().IsMatch(rest);
}
