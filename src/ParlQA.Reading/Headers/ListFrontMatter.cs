using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;

namespace ParlQA.Reading.Headers;

/// <summary>
/// The opening of a committee's list: "De vaste commissie voor X heeft een aantal vragen voorgelegd aan de
/// Minister van Y over de brief van D inzake S (Kamerstuk …). De Minister van Y heeft deze vragen
/// beantwoord bij brief van D2. …", then the chair and the clerk, each under their title. The lists of the 1980s
/// and 1990s, as OCR gives them: "De vaste Commissie voor X¹ heeft een aantal vragen gesteld aan …", the name
/// after the title on its line ("De voorzitter van de commissie, Castricum").
/// </summary>
internal static partial class ListFrontMatter
{
    [GeneratedRegex(@"\b(?:De|de)\s+(?<committee>(?:vaste|algemene|tijdelijke|bijzondere)?\s*[Cc]ommissie\s+voor\s+.+?)\d{0,2}\s+heeft\s+(?:een\s+aantal\s+|enkele\s+)?vragen\s+(?:voorgelegd|gesteld)\s+aan\s+(?<addressees>.+?)\s+over\s+(?<about>.+?)\.\s+(?<answerer>(?:De|Het)\s+.+?)\s+(?:heeft|hebben)\s+deze\s+vragen\s+beantwoord\s+bij\s+brief\s+van\s+(?<answered>" + DutchDates.PatternText + ")")]
    private static partial Regex Opening();

    /// <summary>"de brief van 3 maart 2021 inzake S", or without its date, "de brief inzake S".</summary>
    [GeneratedRegex(@"^(?:de|het)\s+(?:brief|notitie|nota|rapport)(?:\s+van\s+(?<date>" + DutchDates.PatternText + @"))?\s+(?:inzake|over|betreffende)\s+(?<subject>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LetterAbout();

    /// <summary>"(Kamerstuk 35 207, nr. 32)", or in the older lists "(22 396, nr. 20)", after the subject.</summary>
    [GeneratedRegex(@"\s*\((?:Kamerstuk|Kamerstukken|\d{2}\s?\d{3},\s*nr\.)[^)]*\)\s*$")]
    private static partial Regex TrailingCitation();

    [GeneratedRegex(@"\s+en\s+(?=(?:de|het)\s)")]
    private static partial Regex AddresseeSeparator();

    /// <summary>"De voorzitter van de commissie," with the name on the next line, or after the comma on the same one.</summary>
    [GeneratedRegex(@"^De\s+voorzitter\s+van\s+de\s+(?:vaste\s+)?commissie(?:,?$|,\s*(?<name>\S.*)$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChairTitle();

    [GeneratedRegex(@"^De\s+(?:adjunct-)?griffier\s+van\s+de\s+(?:vaste\s+)?commissie(?:,?$|,\s*(?<name>\S.*)$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClerkTitle();

    /// <summary>
    /// A committee's list opens with "De vaste commissie voor … heeft … vragen voorgelegd aan …"; a list in a PDF
    /// (the official layout, or ours) is one whatever its opening says.
    /// </summary>
    public static bool Applies(FrontMatter front) => Opening().IsMatch(front.Text) || front.Layout.Format == FileFormat.Pdf && front.IsList;

    /// <summary>The header of a committee list: its opening, chair and clerk, and what the page footer says.</summary>
    public static DocumentHeader Read(FrontMatter front) => Read(front.Lines, front.Footer, DocumentIds.Published(front.Layout.Furniture), front.Join);

    /// <summary>
    /// Numbered questions under no known header: a committee's list where a Kamerstuk footer or the words "lijst
    /// van vragen" say so, else written questions (the old Aanhangsel, OCR'd, numbers its questions too).
    /// </summary>
    public static DocumentHeader ReadUntitled(FrontMatter front) =>
        Read(front) with { Kind = front.Footer is null && !front.Text.Contains("LIJST VAN VRAGEN", StringComparison.OrdinalIgnoreCase) ? DocumentKind.WrittenQuestions : DocumentKind.QuestionList };

    /// <param name="published">The id a list published from a question round is stamped with (a round is the Tweede Kamer's committee's).</param>
    private static DocumentHeader Read(IReadOnlyList<SourceLine> lines, KamerstukFooterFacts? footer, string? published, Func<IReadOnlyList<SourceLine>, string> join)
    {
        string? chair = null, clerk = null;
        var openingLines = new List<SourceLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (ChairTitle().Match(lines[i].Text) is { Success: true } chairTitle && NameAfter(chairTitle, lines, ref i) is { } chairName)
                chair = chairName;
            else if (ClerkTitle().Match(lines[i].Text) is { Success: true } clerkTitle && NameAfter(clerkTitle, lines, ref i) is { } clerkName)
                clerk = clerkName;
            else
                openingLines.Add(lines[i]);
        }

        var header = new DocumentHeader
        {
            Id = DocumentIds.Official(footer) ?? published,
            Kind = DocumentKind.QuestionList,
            Chamber = footer?.Chamber ?? (published is null ? null : "Tweede Kamer"),
            Session = footer?.Session,
            Dossier = footer?.Dossier,
            Number = footer?.Number,
            Chair = chair,
            Clerk = clerk,
            Text = join(lines),
        };
        var m = Opening().Match(join(openingLines));
        if (!m.Success)
            return header;

        var about = m.Groups["about"].Value;
        var citation = CitationFinder.Find(about).FirstOrDefault();
        var letter = LetterAbout().Match(about);
        var letterDate = letter.Groups["date"].Success ? DutchDates.Find(letter.Groups["date"].Value) : null;
        return header with
        {
            Committee = m.Groups["committee"].Value,
            Addressees = SplitAddressees(m.Groups["addressees"].Value),
            Subject = TrailingCitation().Replace(letter.Success ? letter.Groups["subject"].Value : about, ""),
            // "de brief inzake S" names no letter one could find: no date, no Kamerstuk.
            SubjectLetter = letterDate is not null || citation is not null ? new SubjectLetter { Date = letterDate, Citation = citation } : null,
            AnsweredBy = StripArticle(m.Groups["answerer"].Value),
            AnsweredOn = DutchDates.Find(m.Groups["answered"].Value),
        };
    }

    /// <summary>The name a title line carries, or the next line's (moving past it); null when there is none.</summary>
    private static string? NameAfter(Match title, IReadOnlyList<SourceLine> lines, ref int i)
    {
        if (title.Groups["name"].Success)
            return title.Groups["name"].Value.Trim();
        return i + 1 < lines.Count ? lines[++i].Text : null;
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
