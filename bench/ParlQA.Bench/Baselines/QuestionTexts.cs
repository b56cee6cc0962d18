using ParlQA.Model;
using ParlQA.Relevance;

namespace ParlQA.Bench.Baselines;

/// <summary>What every baseline indexes for a question: its id, its text and the text of its answer ("" when unanswered).</summary>
internal static class QuestionTexts
{
    public static IEnumerable<(HitId Id, string Question, string Answer)> Of(QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var answers = document.Answers.ToDictionary(a => a.Id);
        foreach (var question in document.Questions)
        {
            yield return (new HitId(document.Id, question.Id), question.Text,
                question.AnswerId is { } id && answers.TryGetValue(id, out var answer) ? answer.Text : "");
        }
    }
}
