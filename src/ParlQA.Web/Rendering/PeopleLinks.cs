using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using ParlQA.Archive.People;
using ParlQA.Model;

namespace ParlQA.Web.Rendering;

/// <summary>Every name on the site links to its page: a member to /people/NAME, a party to /parties/NAME, an answerer
/// to the ministry they answered for (/ministries/NAME). Names are text from documents: always encoded.</summary>
public static class PeopleLinks
{
    public static string MemberUrl(string name) => "/people/" + Uri.EscapeDataString(name);

    public static string PartyUrl(string name) => "/parties/" + Uri.EscapeDataString(name);

    public static string MinistryUrl(string name) => "/ministries/" + Uri.EscapeDataString(name);

    /// <summary>"Mutluer (GroenLinks-PvdA), Kostić (PvdD)", each name and party a link.</summary>
    public static IHtmlContent Members(IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var html = new HtmlContentBuilder();
        bool first = true;
        foreach (var member in members)
        {
            if (!first)
                html.Append(", ");
            first = false;
            html.AppendHtml(Link(MemberUrl(member.Name), member.Name));
            if (member.Party is { } party)
                html.Append(" (").AppendHtml(Link(PartyUrl(party), party)).Append(")");
        }
        return html;
    }

    /// <summary>Who answered, as printed, linked to the page of the ministry they answered for (plain text when none is known).</summary>
    public static IHtmlContent Answerer(string answeredBy, IEnumerable<string>? addressees = null)
    {
        ArgumentNullException.ThrowIfNull(answeredBy);
        return ParlQA.Archive.People.Answerer.Ministry(answeredBy, addressees ?? []) is { } ministry
            ? Link(MinistryUrl(ministry), answeredBy)
            : new HtmlString(System.Net.WebUtility.HtmlEncode(answeredBy));
    }

    /// <summary>Whose a commitment is, as the register has it (who answered, else the addressees joined by "; "), each
    /// linked to the ministry it names.</summary>
    public static IHtmlContent Answerers(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var html = new HtmlContentBuilder();
        foreach (var (who, i) in printed.Split("; ").Select((w, i) => (w, i)))
            html.Append(i > 0 ? "; " : "").AppendHtml(Answerer(who));
        return html;
    }

    /// <summary>An addressee ("Minister van Buitenlandse Zaken"), linked to the ministry it names.</summary>
    public static IHtmlContent Addressee(string addressee)
    {
        ArgumentNullException.ThrowIfNull(addressee);
        return ParlQA.Archive.People.Answerer.MinistryOfOffice(addressee) is { } ministry
            ? Link(MinistryUrl(ministry), addressee)
            : new HtmlString(System.Net.WebUtility.HtmlEncode(addressee));
    }

    /// <summary>A group's name, or "(onbekend)" for the documents no name could be told for.</summary>
    public static string NameOf(PeopleGroup group, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(text);
        return group.Name.Length == 0 ? text["Unknown"] : group.Name;
    }

    private static HtmlContentBuilder Link(string href, string text)
    {
        var a = new HtmlContentBuilder();
        a.AppendHtml("<a href=\"").Append(href).AppendHtml("\">").Append(text).AppendHtml("</a>");
        return a;
    }
}
