using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Statistics: figures, response times per ministry and per answering person, questions per month — each chart with its table.</summary>
public sealed class StatsModel(ArchiveService archive, PeopleService people) : PageModel
{
    public ArchiveStats Stats { get; private set; } = null!;

    public IReadOnlyList<PeopleGroup> Ministries { get; private set; } = [];

    public PeopleGroup WithoutMinistry { get; private set; } = null!;

    public IReadOnlyList<PeopleGroup> Answerers { get; private set; } = [];

    public PeopleGroup WithoutAnswerer { get; private set; } = null!;

    public void OnGet()
    {
        Stats = archive.Stats();
        var directory = people.Directory();
        (Ministries, WithoutMinistry, Answerers, WithoutAnswerer) = (directory.Ministries(), directory.WithoutMinistry, directory.Answerers(), directory.WithoutAnswerer);
    }
}
