using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.Rounds;

/// <summary>The rounds the signed-in person may see (the public: published ones); a clerk opens a new one here.</summary>
public sealed class RoundListModel(RoundStore store, TimeProvider clock, IStringLocalizer<Text> text) : PageModel
{
    public User? Me => SignedInUser.Of(HttpContext);

    public IReadOnlyList<Round> Rounds { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>Past its due date with no answers sent and no delay notice (a postponed round has its new date).</summary>
    public bool IsOverdue(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.State is RoundState.Sent or RoundState.Postponed && round.DueOn < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    public void OnGet() => Rounds = store.All().Select(r => RoundView.For(Me, r)).OfType<Round>().ToList();

    public IActionResult OnPost(string letterTitle, DateOnly? letterDate, string? letterCitation, string minister, string ministry, DateOnly? deadline, string? chair)
    {
        try
        {
            var me = Me ?? throw new RoundException(RoundMessages.SignInFirst(RoundAction.Create));
            var spec = new NewRound(me.Committee ?? "", letterTitle ?? "", letterDate, letterCitation, [minister ?? ""], ministry ?? "", deadline, 21, chair);
            var round = store.Add(id => RoundProcedure.Create(id, spec, me, clock.GetUtcNow()));
            return Redirect($"/rounds/{round.Id}");
        }
        catch (RoundException e)
        {
            Error = ParlQA.Web.Rounds.RoundText.Refusal(text, e.Refusal);
            Response.StatusCode = ParlQA.Web.Rounds.RoundText.StatusOf(e.Refusal);
            OnGet();
            return Page();
        }
    }
}
