using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using ParlQA.Rounds.Domain;
using ParlQA.Rounds.Storage;

namespace ParlQA.Web.Hosting;

/// <summary>Endpoint metadata: this endpoint (a page, a feed) reads the sign-in cookie. Every other endpoint takes bearer tokens only.</summary>
internal sealed class ReadsSignInCookie
{
    public static readonly ReadsSignInCookie Instance = new();
}

/// <summary>
/// Who is asking, decided per endpoint by its metadata — never by comparing paths: pages (and feeds) read the
/// sign-in cookie, and their forms carry an antiforgery token; everything else, the API above all, takes
/// <c>Authorization: Bearer TOKEN</c> only, so a cookie sent along by a forged cross-site request acts on nothing.
/// A cookie holds the account's security stamp: signing out, a new password, a new token or disabling the account
/// changes it, and a cookie signed in under the old one (a replayed one too) is refused.
/// </summary>
internal static class SiteAuthentication
{
    public const string CookieScheme = "Cookies";

    public const string StampClaim = "parlqa:stamp";

    private const string ByEndpoint = "by-endpoint";

    /// <summary>Marks pages and feeds as reading the sign-in cookie.</summary>
    public static TBuilder ReadSignInCookie<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(ReadsSignInCookie.Instance);
    }

    public static IServiceCollection AddSiteAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<SignInCheck>();
        services.AddSingleton<SignInThrottle>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ByEndpoint;
                o.DefaultChallengeScheme = CookieScheme;
            })
            .AddPolicyScheme(ByEndpoint, "cookie for pages, bearer token for the rest", o => o.ForwardDefaultSelector = context =>
                context.GetEndpoint()?.Metadata.GetMetadata<ReadsSignInCookie>() is null ? TokenAuthentication.SchemeName : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
            .AddCookie(CookieScheme, o =>
            {
                o.LoginPath = "/signin";
                o.Cookie.Name = "parlqa-signin";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS (behind a reverse proxy: see ReverseProxy).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnValidatePrincipal = ValidateStamp;
                // A page the person may not see answers 403 itself (the error page says so), not a redirect to a page that is not there.
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>The principal a page's sign-in cookie carries: the account and the security stamp it was signed in under.</summary>
    public static ClaimsPrincipal Principal(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.User.Id), new Claim(ClaimTypes.Name, account.User.Name), new Claim(StampClaim, account.SecurityStamp),
        ], CookieScheme));
    }

    /// <summary>Every request with a cookie: the account must still exist, be enabled and have the stamp the cookie was signed in under.</summary>
    private static async Task ValidateStamp(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        if (context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && accounts.FindById(id) is { } account
            && string.Equals(account.SecurityStamp, context.Principal.FindFirstValue(StampClaim), StringComparison.Ordinal))
        {
            SignedInUser.Set(context.HttpContext, account.User);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieScheme).ConfigureAwait(false);
    }
}
