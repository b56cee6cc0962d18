using ParlQA.Archive;
using ParlQA.Archive.People;

namespace ParlQA.Web.Hosting;

/// <summary>The archive by its people (members, parties, ministries, answerers) for the pages: counted at most every
/// <see cref="ArchiveService.StatsFor"/>, as the statistics are (it reads a row per document).</summary>
public sealed class PeopleService(ArchiveDatabase database, TimeProvider clock)
{
    private volatile Counted? _counted;

    public PeopleDirectory Directory()
    {
        var counted = _counted;
        if (counted is not null && clock.GetUtcNow() - counted.At < ArchiveService.StatsFor)
            return counted.Directory;
        var directory = new PeopleDirectory(PeopleQueries.Read(database));
        _counted = new Counted(directory, clock.GetUtcNow());
        return directory;
    }

    private sealed record Counted(PeopleDirectory Directory, DateTimeOffset At);
}
