using Microsoft.Extensions.Localization;
using ParlQA.Rounds.Domain;

namespace ParlQA.Web.Rounds;

/// <summary>
/// The round's words for people, in the reader's language: a refusal from its code and arguments (an argument
/// naming a term — "State_Open", "Role_Member", "Verb_Submit", or several joined by '|' — is said in words too),
/// a history entry from its action. What has no translation is shown as the domain says it (English).
/// </summary>
public static class RoundText
{
    /// <summary>The HTTP status of a refusal: 403 role, 409 state, stale version or inconsistency, 404 unknown, 400 input.</summary>
    public static int StatusOf(RoundRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Kind switch
        {
            RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
            RefusalKind.WrongState or RefusalKind.Conflict or RefusalKind.Inconsistent => StatusCodes.Status409Conflict,
            RefusalKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    public static string Refusal(IStringLocalizer text, RoundRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Code.Length == 0)
            return refusal.Message;
        var said = text["Refusal_" + refusal.Code, [.. refusal.Args.Select(a => Term(text, a))]];
        return said.ResourceNotFound ? refusal.Message : said.Value;
    }

    /// <summary>"question submitted: s3" — the action in words, then its detail (ids, dates, numbers) as recorded.</summary>
    public static string History(IStringLocalizer text, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        var action = text["History_" + entry.Action];
        var what = action.ResourceNotFound ? entry.Action : action.Value;
        return entry.Detail.Length == 0 ? what : $"{what}: {entry.Detail}";
    }

    private static string Term(IStringLocalizer text, string arg) =>
        string.Join(text["Or"].Value, arg.Split('|').Select(part => text[part] is { ResourceNotFound: false } term ? term.Value : part));
}
