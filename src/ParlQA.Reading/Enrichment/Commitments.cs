using ParlQA.Model;
using ParlQA.Reading.Headers;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// The commitments of a government's answers, each with its due hint and estimated date. A promise made in the same
/// words in several answers of one document (the seed's four "Uw Kamer wordt hierover dit najaar nader geïnformeerd")
/// is one commitment naming all of them; answers that are not the government's (the Court of Audit's) make none.
/// </summary>
internal static class Commitments
{
    /// <summary>Every answer's commitments, due dates read against the date the document was answered.</summary>
    public static QaDocument Enrich(QaDocument document, DocumentHeader header) =>
        document with { Commitments = GovernmentAnswers.AreGovernments(document, header) ? InAnswers(document) : [] };

    /// <summary>The commitments of every answer, identical promises merged; the caller knows the answers are the government's.</summary>
    public static List<Commitment> InAnswers(QaDocument document) =>
        Merge(document.Answers.SelectMany(a => Find(a.Id, a.Text, document.AnsweredOn))).ToList();

    public static IEnumerable<Commitment> Find(string answerId, string text, DateOnly? answeredOn)
    {
        foreach (var sentence in Sentences.Split(text))
        {
            if (!CommitmentDetector.IsCommitment(sentence))
                continue;
            var (hint, due) = DueHints.Find(sentence, answeredOn);
            yield return new Commitment { AnswerId = answerId, AnswerIds = [answerId], Text = sentence, DueHint = hint, DueDate = due };
        }
    }

    /// <summary>One commitment per distinct sentence, in order of first appearance, with every answer that makes it.</summary>
    private static IEnumerable<Commitment> Merge(IEnumerable<Commitment> found) =>
        found.GroupBy(c => c.Text, StringComparer.Ordinal)
            .Select(g => g.First() with { AnswerIds = [.. g.SelectMany(c => c.AnswerIds).Distinct()] });
}
