using System.Text.RegularExpressions;
using ParlQA.Model;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Enrichment;
using ParlQA.Reading.Formats;

namespace ParlQA.Reading.Headers;

/// <summary>
/// The letterhead and cover letter of a ministry's answer letter: "Datum 16 mei 2024", "Onderwerp
/// Beantwoording Kamervragen van de leden X en Y (Party) …", the Kamer's zaaknummer ("nr. 2023Z14759") and
/// the signature ("De minister van Justitie en Veiligheid" over the minister's name).
/// </summary>
internal static partial class LetterHeader
{
    [GeneratedRegex(@"^(?:Datum|DATUM)\s*:?\s*(?<date>" + DutchDates.PatternText + ")?$")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:Onderwerp|ONDERWERP|Betreft|BETREFT)\s*:?\s*(?<subject>.*)$")]
    private static partial Regex SubjectLabel();

    /// <summary>The same labels inside a line whose breaks were lost: "DATUM 13 februari 2012 BETREFT …".</summary>
    [GeneratedRegex(@"\b(?:Datum|DATUM)\s*:?\s*(?<date>" + DutchDates.PatternText + @")(?:\s+(?:Onderwerp|ONDERWERP|Betreft|BETREFT)\s*:?\s*(?<subject>[^.]+?)(?=\s+(?:Geachte|Hierbij|\(|UW KENMERK|ONS KENMERK)|\.|$))?")]
    private static partial Regex InlineLabels();

    /// <summary>A Word document is a ministry's answer letter, whatever its letterhead shows.</summary>
    public static bool IsWordLetter(FrontMatter front) => front.Layout.Format == FileFormat.Docx;

    /// <summary>A letterhead: a date or subject label where a letter has them.</summary>
    public static bool Applies(FrontMatter front) =>
        front.Lines.Any(l => DateLabel().IsMatch(l.Text) || SubjectLabel().IsMatch(l.Text)) || InlineLabels().IsMatch(front.Text);

    [GeneratedRegex(@"\b(?<year>20\d{2}|19\d{2})Z(?<nr>\d{5})\b")]
    private static partial Regex Zaaknummer();

    [GeneratedRegex(@"Kamervragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?<members>.+?\))(?:\s+aan\s+(?:de\s+)?(?<addressee>.+?))?(?:\s+over\s+(?<about>.+))?$")]
    private static partial Regex Asked();

    [GeneratedRegex(@"^(?:De\s+)?(?<title>(?:[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\s+.+?),?$")]
    private static partial Regex SignatureTitle();

    /// <summary>A line that is a date and nothing more, perhaps after the place ("Den Haag, 16 mei 2024"), as a letterhead sets it.</summary>
    [GeneratedRegex(@"^(?:(?:Den Haag|’s-Gravenhage|'s-Gravenhage|[\p{Lu}][\p{L}-]+),?\s+)?(?<date>" + DutchDates.PatternText + @")\.?$")]
    private static partial Regex DateLine();

    /// <summary>
    /// The letterhead (the first page's header, then the lines before the first question) gives the date, under
    /// its label or on a line of its own, the subject and the signature; a date in the running text (the date of
    /// the Kamer's letter, of a report) is never the letter's.
    /// </summary>
    public static DocumentHeader Read(FrontMatter frontMatter)
    {
        var (front, text) = (frontMatter.Lines, frontMatter.Text);
        DateOnly? date = null;
        string? subject = null, answeredBy = null;
        for (int i = 0; i < front.Count; i++)
        {
            var line = front[i].Text;
            if (date is null && DateLabel().Match(line) is { Success: true } d)
                date = d.Groups["date"].Success ? DutchDates.Find(d.Groups["date"].Value) : i + 1 < front.Count ? DutchDates.Find(front[i + 1].Text) : null;
            else if (subject is null && SubjectLabel().Match(line) is { Success: true } s)
                subject = s.Groups["subject"].Value.Length > 0 ? s.Groups["subject"].Value : i + 1 < front.Count ? front[i + 1].Text : null;
            else if (SignatureTitle().Match(line) is { Success: true } t && i + 1 < front.Count && LooksLikeName(front[i + 1].Text))
                answeredBy = $"{front[i + 1].Text} ({t.Groups["title"].Value})";
        }
        date ??= front.Select(l => DateLine().Match(l.Text)).Where(m => m.Success).Select(m => DutchDates.Find(m.Groups["date"].Value)).FirstOrDefault(d => d is not null);
        if (date is null && InlineLabels().Match(text) is { Success: true } inline)
        {
            date = DutchDates.Find(inline.Groups["date"].Value);
            subject ??= inline.Groups["subject"].Success ? inline.Groups["subject"].Value : null;
        }
        var zaak = Zaaknummer().Match(text);
        var asked = subject is null ? Match.Empty : Asked().Match(subject);
        return new DocumentHeader
        {
            Id = zaak.Success ? AnswerId(zaak.Groups["year"].Value + "Z" + zaak.Groups["nr"].Value) : null,
            Kind = DocumentKind.AnswerLetter,
            Chamber = zaak.Success ? "Tweede Kamer" : null,
            Subject = asked.Success && asked.Groups["about"].Success ? asked.Groups["about"].Value.Trim() : subject?.Trim(),
            AskedBy = asked.Success ? WrittenQuestionsHeader.Members(asked.Groups["members"].Value) : [],
            Addressees = asked.Success && asked.Groups["addressee"].Success ? [asked.Groups["addressee"].Value.Trim()] : [],
            AnsweredOn = date,
            AnsweredBy = answeredBy,
            Text = text,
        };
    }

    /// <summary>
    /// The id of a Kamer case's answer letter, as the sync names the document the ministry sent in reply
    /// (<c>kv-tk-2023Z14759-antwoord</c>): the questions themselves are another document of the same case.
    /// </summary>
    public static string AnswerId(string caseNumber) => "kv-tk-" + caseNumber + "-antwoord";

    /// <summary>A signature's name line: initials and a surname ("D. Yeşilgöz-Zegerius", "P. Adema").</summary>
    private static bool LooksLikeName(string line) => line.Length < 60 && line.Contains(". ", StringComparison.Ordinal) && char.IsUpper(line[0]);
}
