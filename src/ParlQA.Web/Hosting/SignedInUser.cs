using ParlQA.Rounds.Domain;

namespace ParlQA.Web.Hosting;

/// <summary>Who is asking, once authenticated: by a bearer token (<see cref="TokenAuthentication"/>) or a page's sign-in cookie (<see cref="SiteAuthentication"/>).</summary>
internal static class SignedInUser
{
    /// <summary>The signed-in person, null for the public.</summary>
    public static User? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[typeof(User)] as User;
    }

    public static void Set(HttpContext context, User user)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[typeof(User)] = user;
    }
}
