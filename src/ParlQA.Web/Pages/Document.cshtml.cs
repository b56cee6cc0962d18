using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Model;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>
/// A document in reading order, linked: grouped answers once under their questions, references as links. With
/// <c>?version=N</c>, an earlier version of it (its versions are at /d/{id}/versions; a removed document goes there).
/// </summary>
public sealed class DocumentModel(ArchiveService archive) : PageModel
{
    public QaDocument Document { get; private set; } = null!;

    public IReadOnlyList<string> CitedBy { get; private set; } = [];

    /// <summary>The earlier version shown, or null for the current document.</summary>
    public int? Version { get; private set; }

    public IActionResult OnGet(string id, int? version)
    {
        var document = version is { } n ? archive.FindVersion(id, n) : archive.Find(id);
        if (document is null)
            return version is null && archive.History(id).Count > 0 ? Redirect($"/d/{Uri.EscapeDataString(id)}/versions") : NotFound();
        Document = document;
        Version = version is { } shown && archive.History(id).FirstOrDefault(v => v.Number == shown) is { Current: false } ? shown : null;
        CitedBy = archive.CitedBy(document);
        return Page();
    }

    public Answer? AnswerOf(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
    }

    /// <summary>"vraag 1" in an answer links to the answer that covers question 1 in this page.</summary>
    public string? AnchorOf(string questionId) =>
        Document.Questions.FirstOrDefault(q => q.Id == questionId) is { AnswerId: { } answerId } ? "#" + answerId : null;
}
