using ParlQA.Model;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// The commitments of a document no reader made — a published round, whose answers are the government's by
/// construction — found as the readers find them, so the register treats both alike.
/// </summary>
public static class CommitmentFinder
{
    public static IReadOnlyList<Commitment> InAnswers(QaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Commitments.InAnswers(document);
    }
}
