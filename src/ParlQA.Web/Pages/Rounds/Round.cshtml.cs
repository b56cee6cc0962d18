using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Web.Rounds;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages.Rounds;

/// <summary>
/// One round: its questions, answers and history, and a form for each step the signed-in person may take now.
/// Every step goes through the same domain functions and store as the API; a refusal is shown with its reason.
/// </summary>
public sealed class RoundPageModel(RoundStore store, RoundPublisher publisher, ArchiveService archive, TimeProvider clock) : PageModel
{
    public User? Me => SignedInUser.Of(HttpContext);

    public Round Round { get; private set; } = null!;

    public string? Error { get; private set; }

    public bool May(RoundAction action) => RoundPolicy.Check(Me, action, Round) is null;

    public IReadOnlyList<DuplicateSuggestion> Duplicates => May(RoundAction.Merge) ? ParlQA.Rounds.Domain.Duplicates.Suggest(Round) : [];

    /// <summary>What the government answered before to questions like this one, for the officer drafting.</summary>
    public IReadOnlyList<SearchHit> AskedBefore(RoundQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return archive.Similar(question.Text, 3);
    }

    public IActionResult OnGet(string id)
    {
        if (store.Find(id) is not { } round)
            return NotFound();
        if (RoundView.For(Me, round) is not { } visible)
            return Me is null ? Redirect($"/signin?returnUrl={Uri.EscapeDataString(Request.Path)}") : StatusCode(StatusCodes.Status403Forbidden);
        Round = visible;
        return Page();
    }

    public IActionResult OnPost(string id, string step, [FromForm] StepForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            var me = Me ?? throw new RoundException(new RoundRefusal(RefusalKind.Forbidden, "sign in first"));
            var now = clock.GetUtcNow();
            if (step == "publish")
                publisher.Publish(id, me);
            else
                store.Change(id, r => Apply(r, me, step, form, now));
            return Redirect($"/rounds/{id}");
        }
        catch (RoundException e)
        {
            Error = e.Message;
            Response.StatusCode = RoundPublisher.StatusOf(e);
            var shown = store.Find(id) is { } round ? RoundView.For(Me, round) : null;
            if (shown is null)
                return NotFound();
            Round = shown;
            return Page();
        }
    }

    /// <summary>The form fields any step may send; each step reads the ones it needs.</summary>
    public sealed record StepForm(string? Text, string? Sources, string? QuestionId, string? Duplicate, string? Into, string? Numbers,
        int? ReferenceTo, string? Footnotes, string? AnswerId, int? BasedOnVersion, string? Reason, DateOnly? NewDate);

    private static Round Apply(Round round, User me, string step, StepForm form, DateTimeOffset now) => step switch
    {
        "open" => RoundProcedure.Open(round, me, now),
        "submit" => RoundProcedure.Submit(round, me, form.Text ?? "", Lines(form.Sources), now),
        "withdraw" => RoundProcedure.Withdraw(round, me, form.QuestionId ?? "", now),
        "close" => RoundProcedure.Close(round, me, now),
        "merge" => RoundProcedure.Merge(round, me, form.Duplicate ?? "", form.Into ?? "", now),
        "send" => RoundProcedure.Send(round, me, null, now),
        "postpone" => RoundProcedure.Postpone(round, me, form.Reason ?? "", form.NewDate ?? default, now),
        "answer" => RoundProcedure.DraftAnswer(round, me, null, null, Numbers(form.Numbers), form.Text ?? "", form.ReferenceTo, Lines(form.Footnotes), now),
        "approve" => RoundProcedure.Approve(round, me, form.AnswerId ?? "", form.BasedOnVersion, now),
        "send-answers" => RoundProcedure.SendAnswers(round, me, now),
        _ => throw new RoundException(new RoundRefusal(RefusalKind.Invalid, $"unknown step '{step}'")),
    };

    /// <summary>"2, 3" or "2-3" or "2–3" as question numbers.</summary>
    private static List<int> Numbers(string? text)
    {
        var numbers = new List<int>();
        foreach (var part in (text ?? "").Split(',', ' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-', '–');
            if (range.Length == 2 && int.TryParse(range[0], CultureInfo.InvariantCulture, out var from) && int.TryParse(range[1], CultureInfo.InvariantCulture, out var to) && to >= from && to - from < 1000)
                numbers.AddRange(Enumerable.Range(from, to - from + 1));
            else if (int.TryParse(part, CultureInfo.InvariantCulture, out var n))
                numbers.Add(n);
            else
                throw new RoundException(new RoundRefusal(RefusalKind.Invalid, $"'{part}' is not a question number"));
        }
        return numbers;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
