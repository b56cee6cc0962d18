using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Web.Api;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>The commitments register, by ministry and status.</summary>
public sealed class CommitmentsModel(ArchiveService archive) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ministry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<RegisteredCommitment> Items { get; private set; } = [];

    public DateOnly Today => archive.Today;

    public void OnGet()
    {
        if (Status is not null && !RegisterApi.Statuses.Contains(Status))
            Status = null;
        Items = archive.Commitments(Ministry, Status);
    }
}
