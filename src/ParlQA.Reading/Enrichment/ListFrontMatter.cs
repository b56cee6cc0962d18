using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// The opening of a committee's list: "De vaste commissie voor X heeft een aantal vragen voorgelegd aan de
/// Minister van Y over de brief van D inzake S (Kamerstuk …). De Minister van Y heeft deze vragen
/// beantwoord bij brief van D2. …", then the chair and the clerk, each under their title.
/// </summary>
internal static partial class ListFrontMatter
{
    [GeneratedRegex(@"\b(?:De|de)\s+(?<committee>(?:vaste|algemene|tijdelijke|bijzondere)?\s*commissie\s+voor\s+.+?)\s+heeft\s+(?:een\s+aantal\s+|enkele\s+)?vragen\s+voorgelegd\s+aan\s+(?<addressees>.+?)\s+over\s+(?<about>.+?)\.\s+(?<answerer>(?:De|Het)\s+.+?)\s+(?:heeft|hebben)\s+deze\s+vragen\s+beantwoord\s+bij\s+brief\s+van\s+(?<answered>" + DutchDates.PatternText + ")")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^(?:de|het)\s+(?:brief|notitie|nota|rapport)\s+van\s+(?<date>" + DutchDates.PatternText + @")\s+(?:inzake|over|betreffende)\s+(?<subject>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LetterAbout();

    [GeneratedRegex(@"\s*\((?:Kamerstuk|Kamerstukken)[^)]*\)\s*$")]
    private static partial Regex TrailingCitation();

    [GeneratedRegex(@"\s+en\s+(?=(?:de|het)\s)")]
    private static partial Regex AddresseeSeparator();

    [GeneratedRegex(@"^De\s+voorzitter\s+van\s+de\s+(?:vaste\s+)?commissie,?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairTitle();

    [GeneratedRegex(@"^De\s+(?:adjunct-)?griffier\s+van\s+de\s+(?:vaste\s+)?commissie,?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClerkTitle();

    /// <summary>The header of a committee list: its opening, chair and clerk, and what the page footer says.</summary>
    public static Structure.DocumentHeader ReadHeader(IReadOnlyList<SourceLine> lines, KamerstukFooterFacts? footer, Func<IReadOnlyList<SourceLine>, string> join)
    {
        var front = Read(lines, join);
        return new Structure.DocumentHeader
        {
            Id = DocumentIds.Official(footer),
            Kind = DocumentKind.QuestionList,
            Chamber = footer?.Chamber,
            Session = footer?.Session,
            Dossier = footer?.Dossier,
            Number = footer?.Number,
            Subject = front.Subject,
            Committee = front.Committee,
            Addressees = front.Addressees,
            SubjectLetter = front.SubjectLetter,
            AnsweredOn = front.AnsweredOn,
            AnsweredBy = front.AnsweredBy,
            Chair = front.Chair,
            Clerk = front.Clerk,
            Text = join(lines),
        };
    }

    public static ListFrontMatterFacts Read(IReadOnlyList<SourceLine> lines, Func<IReadOnlyList<SourceLine>, string> join)
    {
        string? chair = null, clerk = null;
        var openingLines = new List<SourceLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (ChairTitle().IsMatch(lines[i].Text) && i + 1 < lines.Count)
                chair = lines[++i].Text;
            else if (ClerkTitle().IsMatch(lines[i].Text) && i + 1 < lines.Count)
                clerk = lines[++i].Text;
            else
                openingLines.Add(lines[i]);
        }

        var opening = join(openingLines);
        var m = Opening().Match(opening);
        if (!m.Success)
            return new ListFrontMatterFacts { Chair = chair, Clerk = clerk };

        var about = m.Groups["about"].Value;
        var citation = CitationFinder.Find(about).FirstOrDefault();
        var letter = LetterAbout().Match(about);
        var subject = TrailingCitation().Replace(letter.Success ? letter.Groups["subject"].Value : about, "");
        return new ListFrontMatterFacts
        {
            Committee = m.Groups["committee"].Value,
            Addressees = SplitAddressees(m.Groups["addressees"].Value),
            Subject = subject,
            SubjectLetter = letter.Success || citation is not null
                ? new SubjectLetter { Date = letter.Success ? DutchDates.Find(letter.Groups["date"].Value) : null, Citation = citation }
                : null,
            AnsweredBy = StripArticle(m.Groups["answerer"].Value),
            AnsweredOn = DutchDates.Find(m.Groups["answered"].Value),
            Chair = chair,
            Clerk = clerk,
        };
    }

    private static List<string> SplitAddressees(string text) =>
        AddresseeSeparator().Split(text).Select(StripArticle).Where(a => a.Length > 0).ToList();

    private static string StripArticle(string text)
    {
        text = text.Trim();
        foreach (var article in new[] { "de ", "De ", "het ", "Het " })
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
                return text[article.Length..];
        }
        return text;
    }
}

/// <summary>What a committee list's opening says.</summary>
internal sealed record ListFrontMatterFacts
{
    public string? Committee { get; init; }
    public IReadOnlyList<string> Addressees { get; init; } = [];
    public string? Subject { get; init; }
    public SubjectLetter? SubjectLetter { get; init; }
    public string? AnsweredBy { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public string? Chair { get; init; }
    public string? Clerk { get; init; }
}
