using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Sync.Monitoring;
using ParlQA.Web.Official;

namespace ParlQA.Web.Pages;

/// <summary>Response times per ministry over the years: charts with the table beside them.</summary>
public sealed class ResponseTimesModel(OfficialService official) : PageModel
{
    public IReadOnlyList<ResponseFigures> Figures { get; private set; } = [];

    public void OnGet() => Figures = official.ResponseTimes();
}
