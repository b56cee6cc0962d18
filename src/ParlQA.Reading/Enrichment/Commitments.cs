using ParlQA.Model;
using ParlQA.Reading.Headers;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Enrichment;

/// <summary>The commitments of one answer, each with its due hint and estimated date.</summary>
internal static class Commitments
{
    /// <summary>Every answer's commitments, due dates read against the date the document was answered.</summary>
    public static QaDocument Enrich(QaDocument document, DocumentHeader header) =>
        document with { Commitments = document.Answers.SelectMany(a => Find(a.Id, a.Text, document.AnsweredOn)).ToList() };

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
