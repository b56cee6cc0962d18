using System.Globalization;
using ParlQA.Rounds.Domain;

namespace ParlQA.Rounds.Publishing;

/// <summary>The fixed sentences of a published list, as the Kamer prints them (the seed document's opening).</summary>
public static class OfficialText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public const string Title = "Lijst van vragen en antwoorden";
    public const string ChairTitle = "De voorzitter van de commissie,";
    public const string ClerkTitle = "De griffier van de commissie,";

    /// <summary>The column heads of the list: number, question, attachment.</summary>
    public static readonly IReadOnlyList<string> ColumnHeads = ["Nr.", "Vraag", "Bijlage"];

    /// <summary>
    /// "De vaste commissie voor … heeft een aantal vragen voorgelegd aan de Minister van … over de brief van … inzake …
    /// (Kamerstuk …). De Minister van … heeft deze vragen beantwoord bij brief van …": every minister addressed is named.
    /// </summary>
    public static string Opening(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var ministers = Ministers(round);
        var letter = round.LetterDate is { } date ? $"de brief van {Date(date)} inzake {round.LetterTitle}" : $"de brief inzake {round.LetterTitle}";
        var citation = round.LetterCitation is { Length: > 0 } c ? $" ({c})" : "";
        var answered = round.AnsweredOn is { } on ? $" bij brief van {Date(on)}" : "";
        var verb = round.Ministers.Count > 1 ? "hebben" : "heeft";
        return $"De {round.Committee} heeft een aantal vragen voorgelegd aan de {ministers} over {letter}{citation}. " +
            $"De {ministers} {verb} deze vragen beantwoord{answered}. Vragen en antwoorden zijn hierna afgedrukt.";
    }

    /// <summary>Who answers, as the opening names them: "Minister van X en de Staatssecretaris van Y".</summary>
    public static string Ministers(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.Ministers.Count > 0 ? string.Join(" en de ", round.Ministers) : round.Ministry;
    }

    /// <summary>A member's question as printed: its text, then its sources — "(bron: …)", "(bronnen: …; …)".</summary>
    public static string Question(RoundQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = PublishedText.Canonical(question.Text);
        return question.Sources.Count switch
        {
            0 => text,
            1 => $"{text} (bron: {question.Sources[0]})",
            _ => $"{text} (bronnen: {string.Join("; ", question.Sources)})",
        };
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);
}
