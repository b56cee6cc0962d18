using System.Globalization;
using ParlQA.Model;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Permalink ids (DESIGN.md, "Ids"): <c>q</c> + the printed number, <c>-2</c> for its second printing,
/// <c>q61.1</c> for the first unnumbered question after question 61.
/// </summary>
internal static class QuestionIds
{
    public static string Next(IReadOnlyList<QuestionBlock> earlier, QuestionBlock question, List<Diagnostic> diagnostics)
    {
        var line = question.FirstLine;
        if (question.Label is { } label)
        {
            var baseId = "q" + label.ToLowerInvariant();
            int printed = earlier.Count(q => q.Label is not null && string.Equals(q.Label, label, StringComparison.OrdinalIgnoreCase));
            if (printed == 0)
                return baseId;
            var id = baseId + "-" + (printed + 1).ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(DiagnosticMessages.DuplicateNumber(question.Numbers[0], id, line.Number, line.Page));
            return id;
        }

        var anchor = earlier.LastOrDefault(q => q.Label is not null);
        var anchorId = anchor?.Id ?? "q0";
        var stem = anchor is null ? "q0" : "q" + anchor.Label!.ToLowerInvariant();
        int k = 1;
        while (earlier.Any(q => q.Id == stem + "." + k.ToString(CultureInfo.InvariantCulture)))
            k++;
        var unnumberedId = stem + "." + k.ToString(CultureInfo.InvariantCulture);
        diagnostics.Add(DiagnosticMessages.UnnumberedQuestion(unnumberedId, anchorId, line.Number, line.Page));
        return unnumberedId;
    }
}
