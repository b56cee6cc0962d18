using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;
using ParlQA.Web.Rounds;

namespace ParlQA.Web.Pages.Rounds;

/// <summary>
/// One round: its list, answers and history, and a form for each step the signed-in person may take now. Every form
/// posts a step of <see cref="RoundSteps"/>, the table the API maps too, run by the same <see cref="RoundStepRunner"/>;
/// a refusal is shown with its reason, in the reader's language.
/// </summary>
public sealed class RoundPageModel(RoundStore store, RoundStepRunner runner, ArchiveService archive, IStringLocalizer<Text> text, TimeProvider clock) : PageModel
{
    /// <summary>The steps offered in the "next step" section; the others are offered beside the question or answer they act on.</summary>
    private static readonly HashSet<string> SectionSteps = ["open", "deadline", "submit", "close", "merge", "send", "answer", "postpone", "send-answers", "publish"];

    public User? Me => SignedInUser.Of(HttpContext);

    public Round Round { get; private set; } = null!;

    public string? Error { get; private set; }

    public bool May(RoundAction action) => RoundPolicy.Check(Me, action, Round) is null;

    /// <summary>Whether there is anything for the "next step" section (none: the section is left out).</summary>
    public bool HasNextSteps => RoundSteps.Available(Me, Round).Any(s => SectionSteps.Contains(s.Name));

    public IReadOnlyList<DuplicateSuggestion> Duplicates => May(RoundAction.Merge) ? ParlQA.Rounds.Domain.Duplicates.Suggest(Round) : [];

    /// <summary>The questions merged into this one, shown with it (not as questions of the list).</summary>
    public IEnumerable<RoundQuestion> MergedInto(RoundQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Round.Questions.Where(q => q.MergedInto == question.Id && !q.Withdrawn);
    }

    public IEnumerable<RoundQuestion> Withdrawn => Round.Questions.Where(q => q.Withdrawn);

    /// <summary>The question's number: its own once sent; while the clerk orders the closed list, the number it will get.</summary>
    public int? NumberOf(RoundQuestion question, int position)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Number ?? (Round.State == RoundState.Closed ? position + 1 : null);
    }

    public bool DeadlinePassed => Round.QuestionDeadline is { } deadline && DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) > deadline;

    /// <summary>What the government answered before to questions like this one, for the officer drafting.</summary>
    public IReadOnlyList<SearchHit> AskedBefore(RoundQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return archive.Similar(question.Text, 3);
    }

    public string History(AuditEntry entry) => RoundText.History(text, entry);

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
            var named = RoundSteps.Find(step) ?? throw new RoundException(RoundMessages.UnknownStep(step ?? ""));
            runner.Run(id, named, Me, Input(id, named, form));
            return Redirect($"/rounds/{id}");
        }
        catch (RoundException e)
        {
            Error = RoundText.Refusal(text, e.Refusal);
            Response.StatusCode = RoundText.StatusOf(e.Refusal);
            if (store.Find(id) is not { } round)
                return NotFound();
            if (RoundView.For(Me, round) is not { } shown)
                return StatusCode(RoundText.StatusOf(e.Refusal) is StatusCodes.Status404NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
            Round = shown;
            return Page();
        }
    }

    /// <summary>The form fields any step may send: lists as lines or "2, 3", a move of one question up or down for the list's order.</summary>
    public sealed record StepForm(string? Text, string? Sources, string? QuestionId, string? Duplicate, string? Into, string? Numbers, int? ReferenceTo,
        string? Footnotes, string? AnswerId, int? BasedOnVersion, string? Reason, DateOnly? NewDate, DateOnly? Deadline, string? Remark, string? Move);

    private StepInput Input(string id, RoundStep step, StepForm form) => new()
    {
        Text = form.Text,
        Sources = Lines(form.Sources),
        QuestionId = form.QuestionId,
        Duplicate = form.Duplicate,
        Into = form.Into,
        Order = step.Name == "reorder" ? Moved(id, form.QuestionId, form.Move) : null,
        Deadline = form.Deadline,
        Reason = form.Reason,
        NewDate = form.NewDate,
        QuestionNumbers = step.Action == RoundAction.DraftAnswer ? Numbers(form.Numbers) : null,
        ReferenceTo = form.ReferenceTo,
        Footnotes = Lines(form.Footnotes),
        AnswerId = form.AnswerId,
        BasedOnVersion = form.BasedOnVersion,
        Remark = form.Remark,
    };

    /// <summary>The list's order with one question moved a place up or down.</summary>
    private List<string> Moved(string id, string? questionId, string? move)
    {
        var order = store.Find(id)?.InListOrder().Select(q => q.Id).ToList() ?? [];
        int at = order.IndexOf(questionId ?? "");
        int to = at + (move == "up" ? -1 : 1);
        // A question not on the list: the order as it is (the step itself says what is wrong, after who may take it).
        if (at >= 0 && to >= 0 && to < order.Count)
            (order[at], order[to]) = (order[to], order[at]);
        return order;
    }

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
                throw new RoundException(RoundMessages.NotAQuestionNumber(part));
        }
        return numbers;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
