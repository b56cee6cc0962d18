using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Sync.Monitoring;
using ParlQA.Web.Official;

namespace ParlQA.Web.Pages;

/// <summary>Openstaande vragen: written questions unanswered after three weeks, by ministry and party.</summary>
public sealed class OverdueModel(OfficialService official) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ministry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    public IReadOnlyList<OverdueCase> Cases { get; private set; } = [];

    /// <summary>The parties that asked one of the open cases, for the filter.</summary>
    public IReadOnlyList<string> Parties { get; private set; } = [];

    public void OnGet()
    {
        var all = official.Overdue(Ministry, null);
        Parties = [.. all.SelectMany(c => c.AskedBy).Select(m => m.Party).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Cases = string.IsNullOrWhiteSpace(Party) ? all : official.Overdue(Ministry, Party);
    }
}
