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
            if (open > 0 && close > open)
                return Before(answeredBy[(open + 2)..close], " – ").Trim();
            if (MinistryOfOffice(Before(answeredBy, ", mede namens")) is { } office)
                return office;
        }
        return addressees.Select(MinistryOfOffice).FirstOrDefault(m => m is not null);
    }

    /// <summary>"Minister van Buitenlandse Zaken" → "Buitenlandse Zaken" (also Staatssecretaris, de Minister, Ministerie
    /// van); "Minister voor Rechtsbescherming" names a portfolio, not a ministry: null.</summary>
    public static string? MinistryOfOffice(string? office)
    {
        if (office is null)
            return null;
        var text = office.Trim();
        if (text.StartsWith("de ", StringComparison.OrdinalIgnoreCase))
            text = text[3..];
        foreach (var title in Titles)
            if (text.StartsWith(title + " van ", StringComparison.OrdinalIgnoreCase) && text[(title.Length + 5)..].Trim() is { Length: > 0 } ministry)
                return char.ToUpperInvariant(ministry[0]) + ministry[1..];
        return null;
    }

    private static readonly string[] Titles = ["Minister-President, Minister", "Minister", "Staatssecretaris", "Ministerie", "Ministers", "Staatssecretarissen"];

    private static string Before(string text, string marker) =>
        text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;
}
