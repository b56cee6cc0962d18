namespace ParlQA.Archive.People;

/// <summary>
/// Who answered a document and for which ministry, read from how documents print it: "Minister De Jonge (Binnenlandse
/// Zaken en Koninkrijksrelaties)", "Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en
/// Sport)", or an addressee "Minister van Buitenlandse Zaken".
/// </summary>
public static class Answerer
{
    /// <summary>The person: what stands before the ministry in brackets and before "mede namens"; null for an office
    /// named by its ministry ("Minister van Buitenlandse Zaken": which minister is not said).</summary>
    public static string? Person(string? answeredBy)
    {
        if (string.IsNullOrWhiteSpace(answeredBy))
            return null;
        var person = Before(Before(answeredBy, " ("), ", mede namens").Trim();
        return MinistryOfOffice(person) is null && person.Length > 0 ? person : null;
    }

    /// <summary>The ministry a document is answered for: from the answerer ("… (Ministry – portfolio)", "Minister van
    /// Ministry"), else from the first addressee that names one; null when none does.</summary>
    public static string? Ministry(string? answeredBy, IEnumerable<string> addressees)
    {
        ArgumentNullException.ThrowIfNull(addressees);
        if (!string.IsNullOrWhiteSpace(answeredBy))
        {
            int open = answeredBy.IndexOf(" (", StringComparison.Ordinal), close = answeredBy.IndexOf(')', Math.Max(open, 0));
            if (open > 0 && close > open && answeredBy[(open + 2)..close] is var inBrackets)
                return MinistryOfOffice(inBrackets) ?? Before(inBrackets, " – ").Trim();
            if (MinistryOfOffice(Before(answeredBy, ", mede namens")) is { } office)
                return office;
        }
        return addressees.Select(MinistryOfOffice).FirstOrDefault(m => m is not null);
    }

    /// <summary>"Minister van Buitenlandse Zaken" → "Buitenlandse Zaken" (also Staatssecretaris, de Minister, Ministerie
    /// van; "Staatssecretaris en de Minister van X" → X; "ministers van X en van Y" → X, the first); "Minister voor
    /// Rechtsbescherming" names a portfolio, not a ministry: null.</summary>
    public static string? MinistryOfOffice(string? office)
    {
        if (office is null)
            return null;
        var text = office.Trim();
        if (text.StartsWith("de ", StringComparison.OrdinalIgnoreCase))
            text = text[3..];
        if (!Titles.Any(t => text.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            return null;
        int van = text.IndexOf(" van ", StringComparison.Ordinal);
        if (van <= 0 || !text[..van].Split(' ').All(OfficeWord))
            return WithoutVan(text);   // no "van" after the office: "Minister Inge van Dijk" is a person
        var ministry = Before(text[(van + 5)..], " en van ").Trim();
        return ministry.Length == 0 ? null : char.ToUpperInvariant(ministry[0]) + ministry[1..];
    }

    /// <summary>The words an office is named with before its "van": "Staatssecretaris en de Minister", "Ministerie".</summary>
    private static bool OfficeWord(string word) =>
        word is "en" or "de" || Titles.Any(t => word.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Minister Justitie en Veiligheid", printed without its "van": a ministry only when what follows the title is
    /// the name of one (<see cref="Ministries"/>), since "Minister Dijkgraaf" names a person the same way.</summary>
    private static string? WithoutVan(string text)
    {
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
            return null;
        var rest = text[(space + 1)..].Trim();
        return Ministries.FirstOrDefault(m => string.Equals(m, rest, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The ministries of the Netherlands under the names they had since the 1980s (for offices printed without "van").</summary>
    private static readonly string[] Ministries =
    [
        "Algemene Zaken", "Asiel en Migratie", "Binnenlandse Zaken", "Binnenlandse Zaken en Koninkrijksrelaties", "Buitenlandse Zaken",
        "Defensie", "Economische Zaken", "Economische Zaken en Klimaat", "Economische Zaken, Landbouw en Innovatie", "Financiën",
        "Infrastructuur en Milieu", "Infrastructuur en Waterstaat", "Justitie", "Justitie en Veiligheid", "Veiligheid en Justitie",
        "Klimaat en Groene Groei", "Landbouw, Natuur en Voedselkwaliteit", "Landbouw, Natuurbeheer en Visserij",
        "Landbouw, Visserij, Voedselzekerheid en Natuur", "Onderwijs, Cultuur en Wetenschap", "Onderwijs, Cultuur en Wetenschappen",
        "Onderwijs en Wetenschappen", "Sociale Zaken en Werkgelegenheid", "Verkeer en Waterstaat", "Volksgezondheid, Welzijn en Sport",
        "Volkshuisvesting en Ruimtelijke Ordening", "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", "Welzijn, Volksgezondheid en Cultuur",
    ];

    /// <summary>How an office starts ("Ministers", "Ministerie", "Minister-President" and "Staatssecretarissen" too).</summary>
    private static readonly string[] Titles = ["Minister", "Staatssecretaris"];

    private static string Before(string text, string marker) =>
        text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;
}
