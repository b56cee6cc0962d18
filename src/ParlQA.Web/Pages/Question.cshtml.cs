using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>One question (its permalink): the answer, the same answer given elsewhere, and similar earlier questions.</summary>
public sealed class QuestionModel(ArchiveService archive) : PageModel
{
    public QuestionView View { get; private set; } = null!;

    public IActionResult OnGet(string id, string questionId)
    {
        if (archive.Question(id, questionId) is not { } view)
            return NotFound();
        View = view;
        return Page();
    }

    /// <summary>"zie het antwoord op vraag 1" links to question 1's own page, where its answer is.</summary>
    public string? HrefOf(string questionId) =>
        View.Document.Questions.Any(q => q.Id == questionId) ? $"/d/{Uri.EscapeDataString(View.Document.Id)}/{questionId}" : null;
}
