using ParlQA.Model;
using ParlQA.Reading.Enrichment;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Resolves "zie het antwoord op vraag N" to a question id. Where N was printed twice, the question the
/// context makes likely is the nearest one before the referring answer; a diagnostic says so.
/// </summary>
internal static class References
{
    public static IReadOnlyList<Reference> Resolve(AnswerBlock answer, string text, IReadOnlyList<QuestionBlock> questions, List<Diagnostic> diagnostics)
    {
        var references = new List<Reference>();
        int position = questions.ToList().IndexOf(answer.Covers[0]);
        foreach (int n in ReferenceFinder.FindNumbers(text))
        {
            var candidates = questions.Where(q => q.Numbers.Contains(n)).ToList();
            if (candidates.Count == 0)
            {
                diagnostics.Add(DiagnosticMessages.UnknownReference(answer.Id, n, answer.FirstLine.Number, answer.FirstLine.Page));
                continue;
            }
            var chosen = candidates.LastOrDefault(q => questions.ToList().IndexOf(q) <= position) ?? candidates[0];
            if (candidates.Count > 1)
                diagnostics.Add(DiagnosticMessages.AmbiguousReference(answer.Id, n, chosen.Id, candidates.Select(q => q.Id), answer.FirstLine.Number, answer.FirstLine.Page));
            if (!references.Any(r => r.QuestionId == chosen.Id))
                references.Add(new Reference(chosen.Id));
        }
        return references;
    }
}
