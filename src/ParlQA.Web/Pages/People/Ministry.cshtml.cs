using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive.People;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.People;

/// <summary>A ministry's page: the questions it received, who answered them, and how long answering took.</summary>
public sealed class MinistryModel(PeopleService people) : PageModel
{
    public PeopleGroup Group { get; private set; } = null!;

    public IReadOnlyList<(string Name, int Documents)> Answerers { get; private set; } = [];

    public IActionResult OnGet(string name)
    {
        var directory = people.Directory();
        if (directory.Ministry(name) is not { } group)
            return NotFound();
        Group = group;
        Answerers = directory.AnswerersOf(name);
        return Page();
    }
}
