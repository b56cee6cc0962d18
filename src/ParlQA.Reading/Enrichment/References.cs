using ParlQA.Model;
using ParlQA.Reading.Headers;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Resolves "zie het antwoord op vraag N" to a question id. Where N was printed twice, the question the
/// context makes likely is the nearest one before the referring answer; a diagnostic says so.
/// </summary>
internal static class References
{
    public static QaDocument Enrich(QaDocument document, DocumentHeader header)
    {
        var diagnostics = document.Diagnostics.ToList();
        var answers = document.Answers.Select(a => a with { References = Resolve(a, document.Questions, diagnostics) }).ToList();
        return document with { Answers = answers, Diagnostics = diagnostics };
    }

    private static List<Reference> Resolve(Answer answer, IReadOnlyList<Question> questions, List<Diagnostic> diagnostics)
    {
        var references = new List<Reference>();
        int position = IndexOf(questions, answer.QuestionIds[0]);
        foreach (int n in ReferenceFinder.FindNumbers(answer.Text))
        {
            var candidates = questions.Where(q => q.Numbers.Contains(n)).ToList();
            if (candidates.Count == 0)
            {
                diagnostics.Add(DiagnosticMessages.UnknownReference(answer.Id, n, answer.Line, answer.Page));
                continue;
            }
            var chosen = candidates.LastOrDefault(q => IndexOf(questions, q.Id) <= position) ?? candidates[0];
            if (candidates.Count > 1)
                diagnostics.Add(DiagnosticMessages.AmbiguousReference(answer.Id, n, chosen.Id, candidates.Select(q => q.Id), answer.Line, answer.Page));
            if (!references.Any(r => r.QuestionId == chosen.Id))
                references.Add(new Reference(chosen.Id));
        }
        return references;
    }

    private static int IndexOf(IReadOnlyList<Question> questions, string id)
    {
        for (int i = 0; i < questions.Count; i++)
        {
            if (questions[i].Id == id)
                return i;
        }
        return -1;
    }
}
