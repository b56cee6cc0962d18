using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>
/// Upload: a PDF, Word or text document is read in memory, checked and shown. Only an archivist or the admin may
/// have it stored in the archive (like <c>parlqa ingest</c>, a version it replaces kept); for anyone else it is only read.
/// </summary>
public sealed class UploadModel(Uploads uploads, WebMetrics metrics) : PageModel
{
    public UploadResult? Result { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Storing was asked for by someone who may not: nothing was read or stored.</summary>
    public bool Refused { get; private set; }

    public User? Me => SignedInUser.Of(HttpContext);

    public bool MayStore => ArchivePolicy.MayChangeArchive(Me);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool store, CancellationToken cancel)
    {
        if (store && !MayStore)
        {
            Refused = true;
            Response.StatusCode = Me is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            return Page();
        }
        if (file is null)
        {
            Error = "no file was sent";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = await uploads.ReadAndStore(file, store ? new Actor("upload", Me!.Id) : null, cancel).ConfigureAwait(false);
        metrics.Uploaded(Result.Outcome?.ToString().ToLowerInvariant() ?? (Result.OnlyRead ? "read" : "refused"));
        if (Result.Error is not null)
        {
            Error = Result.Error;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }
}
