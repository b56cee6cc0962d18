using Microsoft.Extensions.Caching.Memory;
using ParlQA.Archive;
using ParlQA.Archive.Official;
using ParlQA.Sync.Monitoring;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Official;

/// <summary>What the pages and the API ask of the Tweede Kamer's record kept beside the archive (filled by <c>parlqa sync</c>).</summary>
public sealed class OfficialService(ArchivePool archives, TimeProvider clock) : IDisposable
{
    private readonly Lazy<IOfficialRecord> _record = new(() => ArchiveOpener.OpenOfficial(archives.Db));
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100 });

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public IReadOnlyList<OverdueCase> Overdue(string? ministry, string? party, int weeks = ParlQA.Sync.Monitoring.Overdue.DefaultWeeks) =>
        ParlQA.Sync.Monitoring.Overdue.List(_record.Value, Today, weeks, ministry, party);

    /// <summary>Per ministry and year; worked out once a minute (it reads every written-question case).</summary>
    public IReadOnlyList<ResponseFigures> ResponseTimes() =>
        _cache.GetOrCreate("response-times", entry =>
        {
            entry.SetSize(1).SetAbsoluteExpiration(ArchiveService.CacheFor);
            return ParlQA.Sync.Monitoring.ResponseTimes.Of(_record.Value);
        })!;

    public IReadOnlyList<OfficialCommitment> Commitments(string? ministry) => OfficialCommitments.List(_record.Value, ministry);

    /// <summary>Which of the archive's commitments are the same promise as an official one: detected id → official id.</summary>
    public IReadOnlyDictionary<long, string> SamePromises(IEnumerable<RegisteredCommitment> detected, IReadOnlyList<OfficialCommitment> official) =>
        OfficialCommitments.Same(detected, official).GroupBy(p => p.DetectedId).ToDictionary(g => g.Key, g => g.First().OfficialId);

    /// <summary>The case of a synced document, or null.</summary>
    public CaseFile? Case(string documentId) => archives.Use(archive => CaseFile.Of(documentId, archive, _record.Value));

    public void Dispose()
    {
        if (_record.IsValueCreated)
            _record.Value.Dispose();
        _cache.Dispose();
    }
}
