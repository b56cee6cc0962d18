using ParlQA.Model;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>
/// Which questions an answer covers, from its label, for every recogniser: each number the label names is the
/// latest question with that number still waiting for an answer ("25" after two questions 25 is the second); a
/// number no waiting question has is a diagnostic, not a guess.
/// </summary>
internal static class AnswerCover
{
    /// <summary>The waiting questions <paramref name="numbers"/> name, in label order, each once.</summary>
    /// <param name="printed">The label as printed, for the diagnostic ("22–25", "Antwoord 5 en 6").</param>
    /// <param name="find">How a number finds its question, where a recogniser knows more (a number the question lost); by default the latest waiting one.</param>
    public static List<QuestionBlock> Named(
        IEnumerable<int> numbers, string printed, IReadOnlyList<QuestionBlock> pending, SourceLine line, List<Diagnostic> diagnostics,
        Func<int, QuestionBlock?>? find = null)
    {
        find ??= n => pending.LastOrDefault(q => q.Numbers.Contains(n));
        var covered = new List<QuestionBlock>();
        foreach (int n in numbers)
        {
            var question = find(n);
            if (question is null)
                diagnostics.Add(DiagnosticMessages.LabelUnknownQuestion(printed, n, line.Number, line.Page));
            else if (!covered.Contains(question))
                covered.Add(question);
        }
        return covered;
    }

    /// <summary>Makes <paramref name="answer"/> the answer of <paramref name="covered"/>, which then wait no longer.</summary>
    public static void Attach(AnswerBlock answer, IEnumerable<QuestionBlock> covered, List<QuestionBlock> pending)
    {
        foreach (var q in covered)
        {
            answer.Covers.Add(q);
            q.Answer = answer;
            pending.Remove(q);
        }
    }
}
