using ParlQA.Archive;
using ParlQA.Archive.Official;
using ParlQA.Model;

namespace ParlQA.Sync.Monitoring;

/// <summary>
/// A written-question case as the archive holds it: the questions as filed, the answer(s), a further answer, delay notices —
/// each an archive document of its own, linked through the case both ways: each question to where it was answered, each
/// answered question to where it was asked.
/// </summary>
public sealed record CaseFile(string CaseNumber, IReadOnlyList<CaseDocument> Documents)
{
    /// <summary>The other places a question of <paramref name="documentId"/> appears in the case, by its number: for the
    /// questions as filed, the answers to it; for an answered question, the question as filed (and further answers).</summary>
    public IReadOnlyList<QuestionLink> LinksOf(string documentId, Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Numbers.Count == 0)
            return [];
        return [.. Documents.Where(d => d.Id != documentId)
            .SelectMany(d => d.Questions.Where(q => q.Numbers.Intersect(question.Numbers).Any()).Select(q => new QuestionLink(d.Id, q.Id, d.Kind, q.AnswerId is not null)))];
    }

    /// <summary>The case of an archive document synced from the feed, with its documents oldest first; null for any other document.</summary>
    public static CaseFile? Of(string documentId, IArchive archive, IOfficialRecord record)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(record);
        if (record.ArchivedAs(documentId)?.CaseNumber is not { } caseNumber)
            return null;
        var documents = record.CaseDocuments(caseNumber)
            .Select(d => (d, archive.Find(d.ArchiveId)))
            .Where(p => p.Item2 is not null)
            .Select(p => new CaseDocument(p.d.ArchiveId, p.d.Soort ?? "", OfficialDates.Local(p.d.Datum), p.Item2!.Questions))
            .ToList();
        return new CaseFile(caseNumber, documents);
    }
}

/// <summary>One document of a case: its id, the Kamer's kind ("Antwoord schriftelijke vragen"), its date, its questions.</summary>
public sealed record CaseDocument(string Id, string Kind, DateOnly? Date, IReadOnlyList<Question> Questions);

/// <summary>Where else a question appears: document, question, the document's kind, and whether it is answered there.</summary>
public sealed record QuestionLink(string DocumentId, string QuestionId, string Kind, bool Answered);
