using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>Everyone in the archive: the ministries asked, the members who asked and their parties, each linked to its page.</summary>
public sealed class IndexModel(PeopleService people) : PageModel
{
    public PeopleDirectory Directory { get; private set; } = null!;

    public void OnGet() => Directory = people.Directory();
}
