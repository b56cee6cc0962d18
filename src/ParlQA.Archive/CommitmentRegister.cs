namespace ParlQA.Archive;

/// <summary>Why the register refused to mark a commitment fulfilled.</summary>
public enum FulfilRefusal
{
    NoSuchCommitment,
    NoSuchDocument,
}

/// <summary>
/// Changes to the commitments register, checked before they are made: a commitment is kept only by a document the
/// archive holds, so a mistyped id never marks a promise kept (<c>commitments fulfil 8 --by nonexistent-doc</c>).
/// </summary>
public static class CommitmentRegister
{
    /// <summary>Marks the commitment kept by <paramref name="documentId"/>, in its history as done <paramref name="by"/>; the
    /// refusal when it cannot be, else null.</summary>
    public static FulfilRefusal? Fulfil(IArchive archive, long commitmentId, string documentId, Actor by)
    {
        ArgumentNullException.ThrowIfNull(archive);
        if (archive.Find(documentId) is null)
            return FulfilRefusal.NoSuchDocument;
        return archive.MarkFulfilled(commitmentId, documentId, by) ? null : FulfilRefusal.NoSuchCommitment;
    }
}
