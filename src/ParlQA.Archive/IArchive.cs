using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive;

/// <summary>Where read documents are kept and searched; one implementation per database engine.</summary>
public interface IArchive : IDisposable
{
    /// <summary>
    /// Stores documents in one transaction. A document whose JSON is what is stored is unchanged; else it becomes the
    /// current version, and the version it replaces is kept in its <see cref="History"/> — <paramref name="by"/> says
    /// who or what stored it (pass one: null is recorded as "unnamed").
    /// </summary>
    IReadOnlyList<StoreOutcome> Store(IReadOnlyList<QaDocument> documents, Actor? by = null);

    /// <summary>Every version of a document, oldest first, a removal included; empty for an id the archive never held.</summary>
    IReadOnlyList<DocumentVersion> History(string id);

    /// <summary>The document as version <paramref name="version"/> had it; null for a removal or a version there is not.</summary>
    QaDocument? FindVersion(string id, int version);

    /// <summary>Makes an earlier version the current one again, as a new version (Unchanged when it is what is stored);
    /// an <see cref="ArchiveException"/> when there is no such version.</summary>
    StoreOutcome Restore(string id, int version, Actor by, string? reason = null);

    /// <summary>Takes a document out of search, lists and pages, keeping its versions in its history (it can be
    /// restored); false when the archive does not hold it.</summary>
    bool Remove(string id, Actor by, string? reason = null);

    QaDocument? Find(string id);

    IEnumerable<QaDocument> All();

    /// <summary>Documents newest first, narrowed by the query filters, a page at a time (<paramref name="cursor"/> from the previous page).</summary>
    DocumentPage Documents(IReadOnlyList<QueryFilter> filters, int limit = 20, string? cursor = null);

    /// <summary>Questions matching <paramref name="query"/>, best first; <paramref name="facets"/> also counts them per facet (a second pass over the matches).</summary>
    SearchPage Search(SearchQuery query, int limit = 20, int offset = 0, bool facets = true);

    /// <summary>The questions most like <paramref name="text"/>, with their answers, best first, leaving out <paramref name="exclude"/> (document id, question id).</summary>
    IReadOnlyList<SearchHit> Similar(string text, int limit = 10, (string DocumentId, string QuestionId)? exclude = null);

    ArchiveStats Stats();

    /// <summary>Every commitment, oldest first; <paramref name="ministry"/> narrows to answerers or addressees containing it.</summary>
    IReadOnlyList<RegisteredCommitment> Commitments(string? ministry = null);

    /// <summary>The documents that cite <paramref name="document"/> (as Kamerstuk, or as Aanhangsel item).</summary>
    IReadOnlyList<string> CitedBy(QaDocument document);

    /// <summary>The id of the archived document a citation names (Kamerstuk dossier and number, or Aanhangsel session and number), if any.</summary>
    string? Resolve(Citation citation);

    /// <summary>Marks a commitment kept by a later document, recording who did (<see cref="Actor.Unnamed"/> when not said)
    /// in its history; false when there is no such commitment. Callers check the document exists (<see cref="CommitmentRegister"/>).</summary>
    bool MarkFulfilled(long commitmentId, string documentId, Actor? by = null);

    /// <summary>The status changes of one commitment, oldest first; or, without an id, the register's newest <paramref name="limit"/>.</summary>
    IReadOnlyList<CommitmentChange> CommitmentChanges(long? commitmentId = null, int limit = 100);
}

/// <summary>What storing one document did.</summary>
public enum StoreOutcome
{
    New,
    Updated,
    Unchanged,
}

/// <summary>One page of search results, best first; <see cref="Total"/> is exact up to 1,000 and "at least" beyond.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total)
{
    /// <summary>Totals are counted exactly up to this many matches.</summary>
    public const int CountedUpTo = 1_000;

    /// <summary>Counts per facet (kind, year, answeredBy, committee, answered) over the best-ranked matches (up to 1,000).</summary>
    public IReadOnlyList<Facet> Facets { get; init; } = [];

    /// <summary>The words of a question in plain words that the results must have at least <see cref="RelaxedTo"/> of,
    /// when too few questions have them all; empty when every word had to match.</summary>
    public IReadOnlyList<string> RelaxedWords { get; init; } = [];

    /// <summary>How many of <see cref="RelaxedWords"/> each result has at least.</summary>
    public int RelaxedTo { get; init; }

    /// <summary>Words of the query the archive does not hold, each with the nearest word it does hold.</summary>
    public IReadOnlyList<Suggestion> DidYouMean { get; init; } = [];

    /// <summary>Whether the hits are those of the query with the words of <see cref="DidYouMean"/> in place of the
    /// words typed: the query as typed found nothing.</summary>
    public bool Corrected { get; init; }
}

/// <summary>"Did you mean": a word of the query that matches nothing, and the archive's nearest word.</summary>
public sealed record Suggestion(string Word, string Suggested);

/// <summary>One value of a facet and how many matches have it: ("year", "2020", 12).</summary>
public sealed record Facet(string Name, string Value, int Count);

/// <summary>A question that matched, with its answer, the question's passage with the found words marked **so**
/// (<see cref="Snippet"/>), and who asked and answered it when.</summary>
public sealed record SearchHit(string DocumentId, string QuestionId, double Score, string Snippet, string Question, string? Answer)
{
    /// <summary>The answer's passage around the words found in it, marked **so**; null when the answer has none of them.</summary>
    public string? AnswerSnippet { get; init; }

    /// <summary>The question's number as printed ("41", "2a").</summary>
    public string? Label { get; init; }

    /// <summary>The document's title, or its subject where it has no title.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<Member> AskedBy { get; init; } = [];

    public string? AnsweredBy { get; init; }

    public DateOnly? SubmittedOn { get; init; }

    public DateOnly? AnsweredOn { get; init; }

    /// <summary>The document's kind as the archive names it ("question-list", "written-questions", "answer-letter").</summary>
    public string? Kind { get; init; }
}

/// <summary>
/// Counts over the whole archive, and the median days from question to answer per answering person and per ministry,
/// counted as the people pages count them (<see cref="People.PeopleDirectory"/>): one person printed in several ways is
/// one; null names the documents that name no person (or no ministry).
/// </summary>
public sealed record ArchiveStats(int Documents, int Questions, int Answers, int Commitments, IReadOnlyList<(string? AnsweredBy, string? Ministry, int Documents, double? MedianDays)> ByAnswerer)
{
    /// <summary>Per ministry answered for, most documents first; null: the documents no ministry could be told for.</summary>
    public IReadOnlyList<(string? Ministry, int Documents, double? MedianDays)> ByMinistry { get; init; } = [];

    /// <summary>Per member who asked (one member printed in several ways is one), most documents first.</summary>
    public IReadOnlyList<(string Member, int Documents, double? MedianDays)> ByMember { get; init; } = [];

    /// <summary>Per month of answering (or asking, when unanswered): questions, and the median days to answer.</summary>
    public IReadOnlyList<MonthFigures> PerMonth { get; init; } = [];
}

/// <summary>One month of the archive: "2020-06", questions, median days from question to answer.</summary>
public sealed record MonthFigures(string Month, int Questions, double? MedianDays);
