using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Statistics: figures, response times per ministry and questions per month (charts drawn by ScottPlot).</summary>
public sealed class StatsModel(ArchiveService archive) : PageModel
{
    public ArchiveStats Stats { get; private set; } = null!;

    public void OnGet() => Stats = archive.Stats();
}
