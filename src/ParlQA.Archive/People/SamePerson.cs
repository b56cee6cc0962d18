using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParlQA.Archive.People;

/// <summary>
/// One answering person printed in several ways — "Minister Yeşilgöz-Zegerius" in one document, "D. Yeşilgöz-Zegerius"
/// in another — under one name. Folded only where it is safe: the same ministry, the same surname once the title
/// (Minister, Staatssecretaris), initials, case and accents are left out, and no two different initials among the
/// forms (two people of one surname at one ministry stay apart). First names are never dropped.
/// </summary>
public static partial class SamePerson
{
    /// <summary>Each printed form (by ministry) to the form it is shown as: the one on most documents, then the longest.</summary>
    public static IReadOnlyDictionary<(string? Ministry, string Person), string> Names(IEnumerable<(string? Ministry, string Person)> printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var names = new Dictionary<(string?, string), string>();
        foreach (var group in printed.GroupBy(p => (p.Ministry, Surname(p.Person))))
        {
            var forms = group.GroupBy(p => p.Person, StringComparer.Ordinal).Select(g => (Name: g.Key, Count: g.Count())).ToList();
            var initials = forms.Select(f => Initials(f.Name)).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            var shown = forms.OrderByDescending(f => f.Count).ThenByDescending(f => f.Name.Length).ThenBy(f => f.Name, StringComparer.Ordinal).First().Name;
            foreach (var (name, _) in forms)
                names[(group.Key.Ministry, name)] = initials > 1 ? name : shown;
        }
        return names;
    }

    /// <summary>
    /// Each member's printed name to the name they are shown under: names alike but for case and accents ("Kostić" and
    /// "Kostic", "Van Nispen" and "van Nispen") are one member, shown as printed on most documents (then with its accents,
    /// then capitalised as lists print it). Only those: "Van Dijk" and "Inge van Dijk" may be two members.
    /// </summary>
    /// <param name="printed">A member's name once per document that names them.</param>
    public static IReadOnlyDictionary<string, string> Members(IEnumerable<string> printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in printed.GroupBy(p => Plain(string.Join(' ', Words(p))), StringComparer.Ordinal))
        {
            var shown = group.GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Count(c => c > 127))
                .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            foreach (var name in group.Distinct(StringComparer.Ordinal))
                names[name] = shown;
        }
        return names;
    }

    /// <summary>"Minister Yeşilgöz-Zegerius", "D. Yesilgoz-Zegerius" → "yesilgoz-zegerius".</summary>
    public static string Surname(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Plain(string.Join(' ', Words(person).SkipWhile(w => Titles.Contains(w, StringComparer.OrdinalIgnoreCase)).SkipWhile(IsInitials)));
    }

    /// <summary>A name without case and accents: "Yeşilgöz" → "yesilgoz".</summary>
    private static string Plain(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            text.Append(char.ToLowerInvariant(c));
        return text.ToString();
    }

    private static string Initials(string person) =>
        string.Concat(Words(person).SkipWhile(w => Titles.Contains(w, StringComparer.OrdinalIgnoreCase)).TakeWhile(IsInitials));

    private static string[] Words(string person) => person.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsInitials(string word) => InitialsPattern().IsMatch(word);

    /// <summary>"D.", "J.A.M.", "Th.": initials, not a name.</summary>
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}?\.)+$")]
    private static partial Regex InitialsPattern();

    private static readonly string[] Titles = ["de", "Minister", "Minister-President", "Staatssecretaris"];
}
