using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>
/// Sign-in for the round's pages: account id and password. Attempts are throttled per account and per client before
/// any password is checked (<see cref="SignInThrottle"/>), and every check does the same work (<see cref="SignInCheck"/>).
/// Signing out ends the session for good: the account gets a new security stamp, so the old cookie is refused.
/// </summary>
public sealed class SignInModel(SignInCheck check, SignInThrottle throttle, AccountStore accounts, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? account, string? password)
    {
        var verdict = throttle.Admit(account ?? "", HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!verdict.Admitted)
            return Refused(StatusCodes.Status429TooManyRequests, verdict.RetryAfter,
                text[verdict.StoppedBy == SignInThrottle.Limit.Account ? "SignInThrottledAccount" : "SignInThrottledClient", Minutes(verdict.RetryAfter)]);
        using var turn = await throttle.TurnToCheck(HttpContext.RequestAborted).ConfigureAwait(false);
        if (!turn.IsAcquired)
            return Refused(StatusCodes.Status503ServiceUnavailable, TimeSpan.FromSeconds(5), text["SignInBusy"]);
        if (check.Verify(account ?? "", password ?? "") is not { } found)
            return Refused(StatusCodes.Status401Unauthorized, null, text["SignInFailed"]);
        await HttpContext.SignInAsync(SiteAuthentication.CookieScheme, SiteAuthentication.Principal(found)).ConfigureAwait(false);
        return LocalRedirect(LocalUrls.IsLocal(ReturnUrl) ? ReturnUrl! : "/rounds");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        if (SignedInUser.Of(HttpContext) is { } me)
            accounts.NewSecurityStamp(me.Id);
        await HttpContext.SignOutAsync(SiteAuthentication.CookieScheme).ConfigureAwait(false);
        return LocalRedirect("/");
    }

    private PageResult Refused(int status, TimeSpan? retryAfter, string message)
    {
        Error = message;
        Response.StatusCode = status;
        if (retryAfter is { } after)
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    private static string Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
}
