using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A party's page: its members who asked, their questions and the answers received.</summary>
public sealed class PartyModel(PeopleService people) : PageModel
{
    public PeopleGroup Group { get; private set; } = null!;

    public IReadOnlyList<(string Name, int Documents)> Members { get; private set; } = [];

    public IActionResult OnGet(string name)
    {
        var directory = people.Directory();
        if (directory.Party(name) is not { } group)
            return NotFound();
        Group = group;
        Members = directory.MembersOf(name);
        return Page();
    }
}
