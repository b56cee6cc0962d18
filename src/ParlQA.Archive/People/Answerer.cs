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
        int van = text.IndexOf(" van ", StringComparison.Ordinal);
        if (van <= 0 || !Titles.Any(t => text.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            return null;
        var ministry = Before(text[(van + 5)..], " en van ").Trim();
        return ministry.Length == 0 ? null : char.ToUpperInvariant(ministry[0]) + ministry[1..];
    }

    /// <summary>How an office starts ("Ministers", "Ministerie", "Minister-President" and "Staatssecretarissen" too).</summary>
    private static readonly string[] Titles = ["Minister", "Staatssecretaris"];

    private static string Before(string text, string marker) =>
        text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;
}
