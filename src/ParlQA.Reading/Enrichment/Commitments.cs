using ParlQA.Model;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Enrichment;

/// <summary>The commitments of one answer, each with its due hint and estimated date.</summary>
internal static class Commitments
{
    public static IEnumerable<Commitment> Find(string answerId, string text, DateOnly? answeredOn)
    {
        foreach (var sentence in Sentences.Split(text))
        {
            if (!CommitmentDetector.IsCommitment(sentence))
                continue;
            var (hint, due) = DueHints.Find(sentence, answeredOn);
            yield return new Commitment { AnswerId = answerId, Text = sentence, DueHint = hint, DueDate = due };
        }
    }
}
