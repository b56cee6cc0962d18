using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Archive;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>
/// The admin's page: the accounts (make, disable, enable, set a password, give a new token, remove) and the audit
/// log, the same as <c>parlqa users</c>. Each change goes through <see cref="AccountStore"/>, which audits it.
/// </summary>
public sealed class AdminModel(AccountStore accounts, AuditLog audit) : PageModel
{
    public User? Me => SignedInUser.Of(HttpContext);

    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public IReadOnlyList<AuditRecord> Audit { get; private set; } = [];

    /// <summary>What was just done (an action code and its account), shown above the list.</summary>
    public (string Action, string Account)? Done { get; private set; }

    /// <summary>A token just made, shown this once.</summary>
    public (string Account, string Token)? NewToken { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Audit entries per page.</summary>
    public const int AuditPage = 50;

    public IActionResult OnGet(long? before) => Show(before);

    public IActionResult OnPostAdd(string id, string name, Role role, string? committee, string? party, string? ministry, string? password) => Act(me =>
    {
        var user = new User(id?.Trim() ?? "", name?.Trim() ?? "", role, Blank(committee), Blank(party), Blank(ministry));
        if (Blank(password) is { } secret && Passwords.Weakness(secret) is { } weakness)
            throw new RoundException(new RoundRefusal(RefusalKind.Invalid, weakness));
        var token = accounts.Add(user, Blank(password) is { } p ? Passwords.Hash(user, p) : null, By(me));
        NewToken = (user.Id, token);
        return ("account.add", user.Id);
    });

    public IActionResult OnPostDisable(string id) => Act(me =>
    {
        accounts.Disable(id, By(me));
        return ("account.disable", id);
    });

    public IActionResult OnPostEnable(string id) => Act(me =>
    {
        accounts.Enable(id, By(me));
        return ("account.enable", id);
    });

    public IActionResult OnPostRotateToken(string id) => Act(me =>
    {
        NewToken = (id, accounts.RotateToken(id, By(me)));
        return ("account.rotate-token", id);
    });

    public IActionResult OnPostResetPassword(string id, string password) => Act(me =>
    {
        var account = accounts.Get(id) ?? throw new RoundException(new RoundRefusal(RefusalKind.NotFound, $"no account '{id}'"));
        if (Passwords.Weakness(password ?? "") is { } weakness)
            throw new RoundException(new RoundRefusal(RefusalKind.Invalid, weakness));
        accounts.SetPassword(id, Passwords.Hash(account.User, password!), By(me));
        return ("account.reset-password", id);
    });

    public IActionResult OnPostRemove(string id, bool confirm) => Act(me =>
    {
        if (!confirm)
            throw new RoundException(new RoundRefusal(RefusalKind.Invalid, "tick the box to confirm the removal"));
        accounts.Remove(id, By(me));
        return ("account.remove", id);
    });

    /// <summary>The admin page as an actor in the audit log.</summary>
    private static Actor By(User me) => new("admin page", me.Id);

    /// <summary>Runs an administrative action for the admin only, and shows the page with what was done or why not.</summary>
    private IActionResult Act(Func<User, (string Action, string Account)> action)
    {
        if (Refusal() is { } refused)
            return refused;
        try
        {
            Done = action(Me!);
        }
        catch (RoundException e)
        {
            Error = e.Message;
            Response.StatusCode = ParlQA.Web.Rounds.RoundText.StatusOf(e.Refusal);
        }
        return Show(null);
    }

    private IActionResult Show(long? before)
    {
        if (Refusal() is { } refused)
            return refused;
        Accounts = accounts.List();
        Audit = audit.Recent(AuditPage, before);
        return Page();
    }

    /// <summary>The public is sent to sign in; anyone but the admin is refused.</summary>
    private IActionResult? Refusal() =>
        Me is null ? Redirect("/signin?returnUrl=%2Fadmin") : ArchivePolicy.MayAdminister(Me) ? null : StatusCode(StatusCodes.Status403Forbidden);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
