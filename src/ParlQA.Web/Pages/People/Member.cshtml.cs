using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A member's page: their party (or parties), their questions and the answers they received, and how long those took.</summary>
public sealed class MemberModel(PeopleService people) : PageModel
{
    public PeopleGroup Group { get; private set; } = null!;

    public IReadOnlyList<(string Name, int Documents)> Parties { get; private set; } = [];

    public IActionResult OnGet(string name)
    {
        var directory = people.Directory();
        if (directory.Member(name) is not { } group)
            return NotFound();
        Group = group;
        Parties = directory.PartiesOf(name);
        return Page();
    }
}
