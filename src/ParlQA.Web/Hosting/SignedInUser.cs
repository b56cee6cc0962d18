using System.Security.Claims;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Hosting;

/// <summary>
/// The account behind a page's sign-in cookie, for the round's pages. The API takes tokens only (set by
/// <see cref="TokenAuthentication"/>): a cookie never acts on /api, so a forged cross-site request cannot either.
/// </summary>
internal sealed class SignedInUser(RequestDelegate next)
{
    public const string CookieScheme = "Cookies";

    public Task InvokeAsync(HttpContext context, AccountStore accounts)
    {
        if (!context.Items.ContainsKey(typeof(User)) && !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && accounts.FindById(id) is { } account)
            context.Items[typeof(User)] = account.User;
        return next(context);
    }

    /// <summary>Who is asking: set by the token (API) or the cookie (pages), null for the public.</summary>
    public static User? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[typeof(User)] as User;
    }
}
