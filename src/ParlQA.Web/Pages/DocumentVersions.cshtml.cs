using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Archive.Versions;
using ParlQA.Rounds.Domain;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>
/// Every version of a document: how each came, when, by whom or what; an archivist or the admin can make an earlier
/// one current again (the restore is a new version, and goes into the audit log). A removed document answers 410 here.
/// </summary>
public sealed class DocumentVersionsModel(ArchiveService archive, AuditLog audit, TimeProvider clock) : PageModel
{
    public string Id { get; private set; } = "";

    public IReadOnlyList<DocumentVersion> Versions { get; private set; } = [];

    public bool Removed => Versions.Count > 0 && !Versions.Any(v => v.Current);

    public User? Me => SignedInUser.Of(HttpContext);

    public bool MayRestore => ArchivePolicy.MayChangeArchive(Me);

    public string? Error { get; private set; }

    public IActionResult OnGet(string id)
    {
        Id = id;
        Versions = archive.History(id);
        if (Versions.Count == 0)
            return NotFound();
        if (Removed)
            Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    public IActionResult OnPostRestore(string id, int version, string? reason)
    {
        if (!MayRestore || Me is not { } me)
        {
            Error = "only an archivist or the administrator may restore a version";
            OnGet(id);
            Response.StatusCode = Me is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
            return Page();
        }
        var by = new Actor("restore", me.Id);
        try
        {
            reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            if (archive.Restore(id, version, by, reason) != StoreOutcome.Unchanged)
                audit.Record(new AuditRecord(clock.GetUtcNow(), by, "document.restore", id, $"version {version} made current again" + (reason is null ? "" : ": " + reason)));
            return Redirect($"/d/{Uri.EscapeDataString(id)}/versions");
        }
        catch (ArchiveException e)
        {
            Error = e.Message;
            OnGet(id);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
    }

    /// <summary>"upload (mallory)", "ingest (os:root)".</summary>
    public static string Who(Actor by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return by.Account is null ? by.Via : $"{by.Via} ({by.Account})";
    }
}
