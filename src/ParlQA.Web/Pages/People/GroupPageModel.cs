using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A page about one name (a member, party or ministry): its documents and figures, and the names it goes with; 404 for a name the archive does not hold.</summary>
public abstract class GroupPageModel(PeopleService people) : PageModel
{
    public PeopleGroup Group { get; private set; } = null!;

    /// <summary>The names that go with this one (a member's parties, a party's members, a ministry's answerers), most documents first.</summary>
    public IReadOnlyList<(string Name, int Documents)> Related { get; private set; } = [];

    protected abstract PeopleGroup? Find(PeopleDirectory directory, string name);

    protected abstract IReadOnlyList<(string Name, int Documents)> RelatedTo(PeopleDirectory directory, string name);

    public IActionResult OnGet(string name)
    {
        var directory = people.Directory();
        if (Find(directory, name) is not { } group)
            return NotFound();
        Group = group;
        Related = RelatedTo(directory, name);
        return Page();
    }
}
