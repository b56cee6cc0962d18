using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Model;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>A document in reading order, linked: grouped answers once under their questions, references as links.</summary>
public sealed class DocumentModel(ArchiveService archive) : PageModel
{
    public QaDocument Document { get; private set; } = null!;

    public IReadOnlyList<string> CitedBy { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (archive.Find(id) is not { } document)
            return NotFound();
        Document = document;
        CitedBy = archive.CitedBy(document);
        return Page();
    }

    public Answer? AnswerOf(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Document.Answers.FirstOrDefault(a => a.Id == question.AnswerId);
    }

    public string LabelOf(string questionId) => Document.Questions.FirstOrDefault(q => q.Id == questionId)?.Label ?? questionId.TrimStart('q');

    /// <summary>"vraag 1" in an answer links to the answer that covers question 1 in this page.</summary>
    public string? AnchorOf(string questionId) =>
        Document.Questions.FirstOrDefault(q => q.Id == questionId) is { AnswerId: { } answerId } ? "#" + answerId : null;
}
