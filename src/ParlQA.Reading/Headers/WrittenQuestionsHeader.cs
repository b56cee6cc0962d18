using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Headers;

/// <summary>
/// The header of Kamervragen in the Aanhangsel: "Vragen van de leden X (Party) en Y (Party) aan de Minister van
/// Z over S (ingezonden 6 maart 2024). Antwoord van Minister W (Ministry) (ontvangen 25 maart 2024).", or
/// "Mededeling van …" where the questions were answered elsewhere; the stamp "ah-tk-20232024-1314" is the id.
/// </summary>
internal static partial class WrittenQuestionsHeader
{
    [GeneratedRegex(@"Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?<members>.+?)(?:\s+aan\s+(?:de\s+|het\s+)?(?<addressee>.+?))?\s+over\s+(?<subject>.+?)\s*\(\s*ingezonden\s+(?<submitted>" + DutchDates.PatternText + @")\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Asked();

    /// <summary>"Antwoord van Minister W (Ministry) (ontvangen 25 maart 2024)"; OCR of the old form: "…(Economische Zaken). (Ontvan-gen 16 maart 1981)".</summary>
    [GeneratedRegex(@"(?:Antwoord|Mededeling)\s+van\s+(?<by>.+?)\.?\s*\(\s*(?:[Oo]ntvan-?gen\s+\(?\s*)+(?<answered>" + DutchDates.PatternText + @")\s*\)")]
    private static partial Regex Answered();

    [GeneratedRegex(@"\bah-(?<chamber>tk|ek)-(?<from>\d{4})(?<to>\d{4})-(?<nr>\d+)\b")]
    private static partial Regex AanhangselStamp();

    [GeneratedRegex(@"(?<name>[^,()]+?)\s*\((?<party>[^()]+)\)|(?<name>[^,()]+)")]
    private static partial Regex MemberPattern();

    [GeneratedRegex(@"\b(van|de|der|den|ter|ten|het)(?=\p{Lu})")]
    private static partial Regex GluedParticle();

    [GeneratedRegex(@"\s*(?:,|\ben\b)\s*(?![^()]*\))")]
    private static partial Regex MemberSeparator();

    /// <summary>Kamervragen: the header names who asked and when they were sent in.</summary>
    public static bool Applies(FrontMatter front) => Asked().IsMatch(front.Text);

    public static DocumentHeader Read(FrontMatter front)
    {
        var text = front.Text;
        var furniture = front.Layout.Furniture;
        var stamp = furniture.Select(f => AanhangselStamp().Match(f)).FirstOrDefault(m => m.Success) ?? AanhangselStamp().Match(text);
        // Without a stamp (the old form), the page footer still names chamber and session: "Tweede Kamer, zitting 1980-1981, Aanhangsel".
        var footer = furniture.Select(PageFurniture.ReadAanhangselFooter).FirstOrDefault(f => f is not null);
        var asked = Asked().Match(text);
        var answered = Answered().Match(text);
        return new DocumentHeader
        {
            Id = stamp.Success ? stamp.Value : null,
            Kind = DocumentKind.WrittenQuestions,
            Chamber = stamp.Success ? (stamp.Groups["chamber"].Value == "tk" ? "Tweede Kamer" : "Eerste Kamer") : footer?.Chamber,
            Session = stamp.Success ? stamp.Groups["from"].Value + "–" + stamp.Groups["to"].Value : footer?.Session,
            Number = stamp.Success ? int.Parse(stamp.Groups["nr"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null,
            AskedBy = asked.Success ? Members(asked.Groups["members"].Value) : [],
            Addressees = asked.Success && asked.Groups["addressee"].Success ? [asked.Groups["addressee"].Value.Trim()] : [],
            Subject = asked.Success ? asked.Groups["subject"].Value.Trim() : null,
            SubmittedOn = asked.Success ? DutchDates.Find(asked.Groups["submitted"].Value) : null,
            AnsweredBy = answered.Success ? answered.Groups["by"].Value.Trim() : null,
            AnsweredOn = answered.Success ? DutchDates.Find(answered.Groups["answered"].Value) : null,
            Text = text,
        };
    }

    /// <summary>"Mutluer (GroenLinks-PvdA) en Kostić (PvdD)", "Kolthoff en Haas-Berger (beiden P.v.d.A.)".</summary>
    public static IReadOnlyList<Member> Members(string text)
    {
        var members = new List<Member>();
        foreach (var part in MemberSeparator().Split(text))
        {
            var m = MemberPattern().Match(part.Trim());
            if (!m.Success || m.Groups["name"].Value.Trim().Length == 0)
                continue;
            var name = GluedParticle().Replace(m.Groups["name"].Value.Trim(), "$1 ");
            var party = m.Groups["party"].Success ? m.Groups["party"].Value.Trim() : null;
            if (party is not null && party.StartsWith("beiden ", StringComparison.OrdinalIgnoreCase))
                party = party["beiden ".Length..];
            members.Add(new Member(name, party));
        }
        // "X en Y (beiden Party)", "Lahlah en Chakor (GroenLinks-PvdA)": a party printed once belongs to the
        // members before it that have none of their own.
        for (int i = members.Count - 2; i >= 0; i--)
        {
            if (members[i].Party is null && members[i + 1].Party is { } next)
                members[i] = members[i] with { Party = next };
        }
        return members;
    }
}
