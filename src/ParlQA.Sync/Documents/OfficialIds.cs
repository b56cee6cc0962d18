using System.Globalization;
using ParlQA.Archive.Official;

namespace ParlQA.Sync.Documents;

/// <summary>
/// The archive id of a feed document — one per document, never colliding: an answer printed in the Aanhangsel keeps
/// <c>ah-tk-{session}-{number}</c>; the questions are <c>kv-tk-{case}</c>; an answer without an Aanhangsel number (a
/// letter) is <c>kv-tk-{case}-antwoord</c>, a further one <c>-antwoord-2</c>; a delay notice <c>kv-tk-{case}-uitstel</c>;
/// a committee's list is its Kamerstuk, <c>kst-{dossier}-{volgnummer}</c>.
/// </summary>
public static class OfficialIds
{
    /// <summary>The id, or null with what it waits for (its case or dossier not delivered yet).</summary>
    public static (string? Id, string? WaitingFor) For(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        if (OfficialKinds.IsCommitteeList(document.Soort))
        {
            if (context.Dossier is not { Deleted: false, Nummer: { } dossier } || document.Volgnummer is not { } volgnummer)
                return (null, "its Kamerstuk dossier");
            var suffix = string.IsNullOrWhiteSpace(context.Dossier.Toevoeging) ? "" : "-" + context.Dossier.Toevoeging.Trim().Replace(' ', '-');
            return (string.Create(CultureInfo.InvariantCulture, $"kst-{dossier}{suffix}-{volgnummer}"), null);
        }
        if (OfficialKinds.IsAnswer(document.Soort) && Aanhangsel(document) is { } aanhangsel)
            return (aanhangsel, null);
        if (context.Case is not { Nummer: { } caseNumber })
            return (null, "its case");
        var (stem, sameKind) = document.Soort switch
        {
            OfficialKinds.Questions => ($"kv-tk-{caseNumber}", (Func<Document, bool>)(d => d.Soort == OfficialKinds.Questions)),
            OfficialKinds.DelayNotice => ($"kv-tk-{caseNumber}-uitstel", d => d.Soort == OfficialKinds.DelayNotice),
            _ => ($"kv-tk-{caseNumber}-antwoord", d => OfficialKinds.IsAnswer(d.Soort) && Aanhangsel(d) is null),
        };
        // Numbered by date within the case: the first keeps the plain id, a later one gets -2, -3, …
        var order = context.CaseDocuments.Where(d => !d.Deleted && sameKind(d)).OrderBy(d => d.Datum, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.Id).ToList();
        int position = order.IndexOf(document.Id) + 1;
        return (position > 1 ? string.Create(CultureInfo.InvariantCulture, $"{stem}-{position}") : stem, null);
    }

    /// <summary><c>ah-tk-20242025-1244</c>: the Aanhangsel item of an answer printed there (see <see cref="AanhangselItem"/>).</summary>
    public static string? Aanhangsel(Document document) =>
        AanhangselItem(document) is { } item
            ? string.Create(CultureInfo.InvariantCulture, $"ah-tk-{item.Session.Replace("–", "", StringComparison.Ordinal)}-{item.Number}")
            : null;

    /// <summary>
    /// The session ("2024–2025") and number of the Aanhangsel item from the Aanhangsel number: the feed writes "242501244"
    /// (the session's two years, then the number) or the number alone, when the session is the document's vergaderjaar.
    /// </summary>
    public static (string Session, int Number)? AanhangselItem(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var digits = document.Aanhangselnummer?.Trim();
        if (string.IsNullOrEmpty(digits) || !digits.All(char.IsAsciiDigit))
            return null;
        if (digits.Length > 5 && Century(digits[..2]) is { } first && Century(digits[2..4]) is { } second && second == first + 1
            && int.TryParse(digits[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var inSession))
            return (string.Create(CultureInfo.InvariantCulture, $"{first}–{second}"), inSession);
        if (Session(document.Vergaderjaar) is not { } session || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        return (session, number);
    }

    /// <summary>A Kamerstuk dossier as printed: "35 207", "36 200 XV", "21 501-20" (the model's form, which citations give).</summary>
    public static string? Dossier(Kamerstukdossier? dossier)
    {
        if (dossier is not { Nummer: { } nummer })
            return null;
        var digits = nummer.ToString(CultureInfo.InvariantCulture);
        var printed = digits.Length > 2 ? digits[..2] + " " + digits[2..] : digits;
        var toevoeging = dossier.Toevoeging?.Trim();
        return string.IsNullOrEmpty(toevoeging) ? printed
            : toevoeging.All(char.IsAsciiDigit) ? printed + "-" + toevoeging
            : printed + " " + toevoeging;
    }

    /// <summary>"2019-2020" → "2019–2020" (the model's en dash).</summary>
    public static string? Session(string? vergaderjaar) =>
        vergaderjaar is { Length: 9 } v && v[4] == '-' && v[..4].All(char.IsAsciiDigit) && v[5..].All(char.IsAsciiDigit) ? v[..4] + "–" + v[5..] : null;

    private static int? Century(string twoDigits)
    {
        int year = int.Parse(twoDigits, CultureInfo.InvariantCulture);
        return year >= 90 ? 1900 + year : 2000 + year;
    }
}
