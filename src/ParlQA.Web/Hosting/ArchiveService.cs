using Microsoft.Extensions.Caching.Memory;
using ParlQA.Archive;
using ParlQA.Archive.Links;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Web.Hosting;

/// <summary>A question with its document and answer, and the archive's links to other questions.</summary>
public sealed record QuestionView(
    QaDocument Document, Question Question, Answer? Answer,
    IReadOnlyList<(string DocumentId, string QuestionId, double Similarity)> SameAnswer, IReadOnlyList<SearchHit> AskedBefore);

/// <summary>What pages and API ask of the archive, in one place, so both show the same thing.</summary>
public sealed class ArchiveService(ArchivePool archives, TimeProvider clock) : IDisposable
{
    /// <summary>How long a read document or resolved citation is reused; a document ingested by another process shows after this.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    /// <summary>Documents (immutable until re-ingested) and citation lookups, the most-read things of a page view.</summary>
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>When the archive first received a document (its first version), for what carries no date of its own.</summary>
    public DateTimeOffset? ReceivedAt(string id) => History(id) is { Count: > 0 } versions ? versions[0].At : null;

    /// <summary>Runs a query in the archive's language, newest first when <paramref name="sort"/> says "date" (as
    /// "sort:date" in the query does); throws <see cref="QueryParseException"/> for a malformed query.</summary>
    public SearchPage Search(string query, int limit, int offset, bool facets = true, string? sort = null)
    {
        var parsed = QueryParser.Parse(query);
        if (sort is "date" or "relevance")
            parsed = parsed with { Sort = sort == "date" ? SearchSort.Date : SearchSort.Relevance };
        return archives.Use(a => a.Search(parsed, limit, offset, facets));
    }

    /// <summary>Whether a query reads as a question in plain words rather than search terms: then similar questions come first.</summary>
    public static bool IsPlainQuestion(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool operators = query.Contains('"', StringComparison.Ordinal) || query.Contains(':', StringComparison.Ordinal) || query.Contains('*', StringComparison.Ordinal)
            || words.Any(w => w is "AND" or "OR" or "NOT" || w.StartsWith('-'));
        return !operators && (query.TrimEnd().EndsWith('?') || words.Length >= 5);
    }

    public IReadOnlyList<SearchHit> Similar(string text, int limit, (string, string)? exclude = null) =>
        archives.Use(a => a.Similar(text, limit, exclude));

    public QaDocument? Find(string id) =>
        _cache.GetOrCreate(("document", id), entry =>
        {
            entry.SetSize(1).SetAbsoluteExpiration(CacheFor);
            return archives.Use(a => a.Find(id));
        });

    public DocumentPage Documents(string? filters, int limit, string? cursor)
    {
        var parsed = string.IsNullOrWhiteSpace(filters) ? new SearchQuery(null, []) : QueryParser.Parse(filters);
        if (parsed.Text is not null)
            throw QueryErrors.OnlyFilters();
        return archives.Use(a => a.Documents(parsed.Filters, limit, cursor));
    }

    public IReadOnlyList<string> CitedBy(QaDocument document) => archives.Use(a => a.CitedBy(document));

    /// <summary>Every version of a document, oldest first (not cached: a page about versions shows the latest).</summary>
    public IReadOnlyList<DocumentVersion> History(string id) => archives.Use(a => a.History(id));

    public QaDocument? FindVersion(string id, int version) => archives.Use(a => a.FindVersion(id, version));

    /// <summary>Makes an earlier version current again (see <see cref="IArchive.Restore"/>); pages show it at once.</summary>
    public StoreOutcome Restore(string id, int version, Actor by, string? reason)
    {
        var outcome = archives.Use(a => a.Restore(id, version, by, reason));
        Changed();
        return outcome;
    }

    /// <summary>The archived document a citation names, if it is in the archive.</summary>
    public string? Resolve(Citation citation) =>
        _cache.GetOrCreate(("citation", citation.Kind, citation.Dossier, citation.Number, citation.Session), entry =>
        {
            entry.SetSize(1).SetAbsoluteExpiration(CacheFor);
            return archives.Use(a => a.Resolve(citation));
        });

    public QuestionView? Question(string documentId, string questionId)
    {
        if (Find(documentId) is not { } document || document.Questions.FirstOrDefault(q => q.Id == questionId) is not { } question)
            return null;
        var answer = document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
        var same = archives.Use(a => SameAnswers.For(a, documentId, questionId));
        var before = Similar(question.Text, 5, (documentId, questionId));
        return new QuestionView(document, question, answer, same, before);
    }

    /// <summary>The register, narrowed to a ministry and a status (open, overdue, fulfilled).</summary>
    public IReadOnlyList<RegisteredCommitment> Commitments(string? ministry, string? status)
    {
        var today = Today;
        var all = archives.Use(a => a.Commitments(string.IsNullOrWhiteSpace(ministry) ? null : ministry));
        return string.IsNullOrWhiteSpace(status) ? all : all.Where(c => c.Status(today) == status).ToList();
    }

    /// <summary>Marks a commitment kept by a document the archive holds, in its history as done <paramref name="by"/>; null when done, else why not.</summary>
    public FulfilRefusal? Fulfil(long commitmentId, string documentId, Actor by) =>
        archives.Use(a => CommitmentRegister.Fulfil(a, commitmentId, documentId, by));

    /// <summary>Status changes of one commitment (oldest first) or of the whole register (newest first).</summary>
    public IReadOnlyList<CommitmentChange> CommitmentChanges(long? commitmentId = null, int limit = 100) =>
        archives.Use(a => a.CommitmentChanges(commitmentId, limit));

    /// <summary>The archive's figures, counted at most every <see cref="StatsFor"/> (they cost a pass over the archive), and afresh after a store.</summary>
    public ArchiveStats Stats()
    {
        var cached = _stats;
        if (cached is not null && clock.GetUtcNow() - cached.At < StatsFor)
            return cached.Stats;
        var stats = archives.Use(a => a.Stats());
        _stats = new CachedStats(stats, clock.GetUtcNow());
        return stats;
    }

    /// <summary>Forgets the counted figures: the archive changed.</summary>
    public void Changed()
    {
        _stats = null;
        _cache.Clear();
    }

    public void Dispose() => _cache.Dispose();

    public static readonly TimeSpan StatsFor = TimeSpan.FromSeconds(30);

    private volatile CachedStats? _stats;

    private sealed record CachedStats(ArchiveStats Stats, DateTimeOffset At);

    /// <summary>The most recent documents, for the home page and the feed.</summary>
    public IReadOnlyList<DocumentSummary> Recent(int count) => archives.Use(a => a.Documents([], count, null).Items);
}
