using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Model;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Publishing;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.Rounds;

/// <summary>The published list as HTML in the Kamer's layout: opening sentence, chair and clerk, the table Nr. | Vraag | Bijlage, footnotes.</summary>
public sealed class PublicationModel(RoundStore store) : PageModel
{
    public Round Round { get; private set; } = null!;

    public QaDocument Document { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (store.Find(id) is not { State: RoundState.Published } round || RoundView.For(SignedInUser.Of(HttpContext), round) is null)
            return NotFound();
        Round = round;
        Document = RoundDocument.From(round);
        return Page();
    }
}
