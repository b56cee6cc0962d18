using System.Collections.Concurrent;
using ParlQA.Archive;

namespace ParlQA.Web.Hosting;

/// <summary>
/// Archives for concurrent requests: an open archive serves one request at a time (a SQLite connection is not
/// shared between threads), so requests borrow one from the pool and give it back; idle ones stay open.
/// </summary>
public sealed class ArchivePool : IDisposable
{
    private readonly ConcurrentBag<IArchive> _idle = [];
    private readonly string _db;
    private const int MaxIdle = 16;

    public ArchivePool(string db)
    {
        _db = db;
        // Open one now: a bad path or an archive of a newer schema fails at start, with its message.
        _idle.Add(ArchiveOpener.Open(db));
    }

    public string Db => _db;

    /// <summary>Runs <paramref name="work"/> on an archive of the pool.</summary>
    public T Use<T>(Func<IArchive, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var archive = _idle.TryTake(out var idle) ? idle : ArchiveOpener.Open(_db);
        try
        {
            return work(archive);
        }
        finally
        {
            if (_idle.Count < MaxIdle)
                _idle.Add(archive);
            else
                archive.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var archive))
            archive.Dispose();
    }
}
