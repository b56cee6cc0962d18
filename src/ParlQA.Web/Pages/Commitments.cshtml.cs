using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Web.Api;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>
/// The commitments register, by ministry and status, each commitment with its history; a clerk, an archivist or the
/// admin marks one kept by a document the archive holds (the change goes into its history and the audit log).
/// </summary>
public sealed class CommitmentsModel(ArchiveService archive, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ministry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<RegisteredCommitment> Items { get; private set; } = [];

    /// <summary>Each commitment's status changes, oldest first.</summary>
    public ILookup<long, CommitmentChange> History { get; private set; } = Array.Empty<CommitmentChange>().ToLookup(c => c.CommitmentId);

    public DateOnly Today => archive.Today;

    public User? Me => SignedInUser.Of(HttpContext);

    public bool MayMark => ArchivePolicy.MayMarkCommitments(Me);

    /// <summary>Why the last marking was refused (a resource key), and for which commitment.</summary>
    public (long Id, string Key, string Document)? Refusal { get; private set; }

    public void OnGet()
    {
        if (Status is not null && !RegisterApi.Statuses.Contains(Status))
            Status = null;
        Items = archive.Commitments(Ministry, Status);
        History = archive.CommitmentChanges(limit: int.MaxValue).OrderBy(c => c.Number).ToLookup(c => c.CommitmentId);
    }

    public IActionResult OnPostFulfil(long id, string? document)
    {
        if (!MayMark || Me is not { } me)
            return Me is null ? Redirect("/signin?returnUrl=%2Fcommitments") : StatusCode(StatusCodes.Status403Forbidden);
        document = document?.Trim() ?? "";
        var by = new Actor("web", me.Id);
        var refusal = document.Length == 0 ? FulfilRefusal.NoSuchDocument : archive.Fulfil(id, document, by);
        if (refusal is { } refused)
        {
            Refusal = (id, refused == FulfilRefusal.NoSuchDocument ? "FulfilNoSuchDocument" : "FulfilNoSuchCommitment", document);
            OnGet();
            Response.StatusCode = refused == FulfilRefusal.NoSuchCommitment ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Page();
        }
        audit.Record(new AuditRecord(clock.GetUtcNow(), by, "commitment.fulfil", id.ToString(CultureInfo.InvariantCulture), $"kept by {document}"));
        return Redirect($"/commitments#commitment-{id}");
    }
}
