using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Upload: a PDF, Word or text document is read in memory, checked and stored like <c>parlqa ingest</c> does.</summary>
public sealed class UploadModel(Uploads uploads, WebMetrics metrics) : PageModel
{
    public UploadResult? Result { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancel)
    {
        if (file is null)
        {
            Error = "no file was sent";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = await uploads.ReadAndStore(file, cancel).ConfigureAwait(false);
        metrics.Uploaded(Result.Outcome?.ToString().ToLowerInvariant() ?? "refused");
        if (Result.Error is not null)
        {
            Error = Result.Error;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }
}
