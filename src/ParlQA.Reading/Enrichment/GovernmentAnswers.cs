using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Headers;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Whose answers a document holds. Only the government's answers make commitments: the Algemene Rekenkamer (Court of
/// Audit) also answers the Chamber's questions, in letters on its own letterhead (its name and its address, Lange
/// Voorhout 8, The Hague), but it reports on audits and promises the Chamber nothing.
/// </summary>
internal static partial class GovernmentAnswers
{
    [GeneratedRegex(@"\bRekenkamer\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourtOfAudit();

    /// <summary>The Court's letterhead: its address (OCR may read "Voorhout" as "Voorliout").</summary>
    [GeneratedRegex(@"\bLange\s+Voor\w*\s*8\b")]
    private static partial Regex CourtAddress();

    public static bool AreGovernments(QaDocument document, DocumentHeader header) =>
        !(document.AnsweredBy is { } by && CourtOfAudit().IsMatch(by))
        && !(CourtOfAudit().IsMatch(header.Text) && CourtAddress().IsMatch(header.Text));
}
