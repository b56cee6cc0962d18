using System.Globalization;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>The fixed sentences of a published list, as the Kamer prints them (the seed document's opening).</summary>
public static class OfficialText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Opening(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var minister = round.Ministers.Count > 0 ? round.Ministers[0] : round.Ministry;
        var letter = round.LetterDate is { } date ? $"de brief van {Date(date)} inzake {round.LetterTitle}" : $"de brief inzake {round.LetterTitle}";
        var citation = round.LetterCitation is { Length: > 0 } c ? $" ({c})" : "";
        var answered = round.AnsweredOn is { } on ? $" bij brief van {Date(on)}" : "";
        return $"De {round.Committee} heeft een aantal vragen voorgelegd aan de {minister} over {letter}{citation}. " +
            $"De {minister} heeft deze vragen beantwoord{answered}. Vragen en antwoorden zijn hierna afgedrukt.";
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
