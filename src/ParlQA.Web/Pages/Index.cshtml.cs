using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Home: the search box, the archive's figures, the newest documents.</summary>
public sealed class IndexModel(ArchiveService archive) : PageModel
{
    public ArchiveStats Stats { get; private set; } = null!;

    public IReadOnlyList<DocumentSummary> Recent { get; private set; } = [];

    public void OnGet()
    {
        Stats = archive.Stats();
        Recent = archive.Recent(10);
    }
}
