using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParlQA.Rounds.Storage;
using ParlQA.Web.Hosting;

namespace ParlQA.Web.Pages;

/// <summary>Sign-in for the round's pages: account id and password, checked with ASP.NET Core's password hasher.</summary>
public sealed class SignInModel(AccountStore accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string account, string password)
    {
        if (accounts.FindById(account ?? "") is not { PasswordHash: { } hash } found || !Passwords.Verify(found.User, hash, password ?? ""))
        {
            Error = "unknown account or wrong password";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, found.User.Id), new Claim(ClaimTypes.Name, found.User.Name)], SignedInUser.CookieScheme);
        await HttpContext.SignInAsync(SignedInUser.CookieScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/rounds");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(SignedInUser.CookieScheme).ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
