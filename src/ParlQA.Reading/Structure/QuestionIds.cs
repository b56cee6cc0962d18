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
        if (question.Numbers.Count > 0)
        {
            var baseId = BaseId(question);
            int printed = earlier.Count(q => q.Numbers.Count > 0 && BaseId(q) == baseId);
            if (printed == 0)
                return baseId;
            var id = baseId + "-" + (printed + 1).ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(DiagnosticMessages.DuplicateNumber(question.Numbers[0], id, line.Number, line.Page));
            return id;
        }

        var anchor = earlier.LastOrDefault(q => q.Numbers.Count > 0);
        var anchorId = anchor?.Id ?? "q0";
        var stem = anchor is null ? "q0" : BaseId(anchor);
        int k = 1;
        while (earlier.Any(q => q.Id == stem + "." + k.ToString(CultureInfo.InvariantCulture)))
            k++;
        var unnumberedId = stem + "." + k.ToString(CultureInfo.InvariantCulture);
        diagnostics.Add(DiagnosticMessages.UnnumberedQuestion(unnumberedId, anchorId, line.Number, line.Page));
        return unnumberedId;
    }

    private static string BaseId(QuestionBlock q) => "q" + q.Numbers[0].ToString(CultureInfo.InvariantCulture) + q.Sub;
}
