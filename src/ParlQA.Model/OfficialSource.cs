namespace ParlQA.Model;

/// <summary>
/// What the Tweede Kamer's own record says this document is (from its open data, which is the authority for
/// people, parties, case numbers and dates): its case, its number, its kind as the Kamer names it, and where the
/// Kamer publishes it.
/// </summary>
public sealed record OfficialSource
{
    /// <summary>The case (Zaak) number the ministry quotes: "2024Z03456"; null for a committee list outside a case.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The document's own number: "2024D12345".</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The Kamer's soort, as written: "Antwoord schriftelijke vragen", "Mededeling (uitstel antwoord)".</summary>
    public required string Kind { get; init; }

    /// <summary>The document's page on the Kamer's site.</summary>
    public string? Url { get; init; }

    /// <summary>The document's file in the Kamer's open data.</summary>
    public string? FileUrl { get; init; }
}
