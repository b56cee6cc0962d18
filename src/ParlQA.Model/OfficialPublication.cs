namespace ParlQA.Model;

/// <summary>
/// A Kamerstuk or an Aanhangsel item as officielebekendmakingen.nl publishes it: its id there ("kst-35207-34",
/// "kst-20800-XIV-16", "ah-tk-20232024-1314"), its page and its PDF. Worked out from a document's id or identity, or
/// from a citation, for documents whose official address is not stored.
/// </summary>
public sealed record OfficialPublication(string Id)
{
    public const string Site = "https://zoek.officielebekendmakingen.nl/";

    public Uri Page => new(Site + Id + ".html");

    public Uri File => new(Site + Id + ".pdf");

    /// <summary>The publication a document is: its id when that is an official one, else from its dossier and number
    /// (a list of questions is a Kamerstuk) or its session and number (written questions are in the Aanhangsel).</summary>
    public static OfficialPublication? Of(QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (IsOfficialId(document.Id))
            return new OfficialPublication(document.Id);
        return document.Kind switch
        {
            DocumentKind.QuestionList when document.Dossier is { } dossier && document.Number is { } number => Kamerstuk(dossier, number),
            DocumentKind.WrittenQuestions when document.Session is { } session && document.Number is { } number => Aanhangsel(session, number),
            _ => null,
        };
    }

    /// <summary>The publication a citation names; null for the Handelingen and for a citation without its numbers.</summary>
    public static OfficialPublication? Of(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return citation switch
        {
            { Kind: CitationKind.Kamerstuk, Dossier: { } dossier, Number: { } number } => Kamerstuk(dossier, number),
            { Kind: CitationKind.Aanhangsel, Session: { } session, Number: { } number } => Aanhangsel(session, number),
            _ => null,
        };
    }

    /// <summary>"35 207", 34 → kst-35207-34; "20 800 XIV", 16 → kst-20800-XIV-16; "21 501-02", 5 → kst-21501-02-5.</summary>
    public static OfficialPublication? Kamerstuk(string dossier, int number)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var parts = new List<string>();
        foreach (var token in dossier.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Digits printed in groups ("35 207") are one number; a chapter ("XIV", "A") is a part of its own.
            if (parts.Count > 0 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(parts[^1][^1]))
                parts[^1] += token;
            else
                parts.Add(token);
        }
        if (parts.Count == 0 || !char.IsAsciiDigit(parts[0][0]) || parts.Any(p => !p.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            return null;
        return new OfficialPublication($"kst-{string.Join('-', parts)}-{number}");
    }

    /// <summary>"2023–2024", 1314 → ah-tk-20232024-1314 (the Tweede Kamer's Aanhangsel).</summary>
    public static OfficialPublication? Aanhangsel(string session, int number)
    {
        ArgumentNullException.ThrowIfNull(session);
        var digits = string.Concat(session.Where(char.IsAsciiDigit));
        return digits.Length == 8 ? new OfficialPublication($"ah-tk-{digits}-{number}") : null;
    }

    private static bool IsOfficialId(string id) =>
        (id.StartsWith("kst-", StringComparison.Ordinal) || id.StartsWith("ah-tk-", StringComparison.Ordinal) || id.StartsWith("ah-ek-", StringComparison.Ordinal))
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
