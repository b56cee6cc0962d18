using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Structure;

/// <summary>
/// The family of "Vraag"/"Antwoord" headings, read as one grammar rather than a list of spellings:
/// "Vraag 3, 4 en 5", "Vraag 7, 8, 9 10 en 11", "Vragen 2 t/m 4", "Antwoord op vragen 7, 8, en 9",
/// "Antwoorden op vraag 3, 4, 5, 9 en 10", "Antwoord 5 en 6", "Antwoord op vraag 1:", sub-questions "2a".
/// </summary>
internal static partial class Headings
{
    private const string NumberList = @"(?<nums>\d{1,3}[a-z]?(?:\s*(?:,\s*en|,|en|&|t/m|tot\s+en\s+met|–|-)?\s*\d{1,3}[a-z]?)*)";

    [GeneratedRegex(@"^(?:Vraag|Vragen)\s+(?:nr\.?\s*)?" + NumberList + @"\s*[:.)]?(?:\s+(?<rest>\S.*))?$")]
    private static partial Regex QuestionHeading();

    [GeneratedRegex(@"^(?:Antwoord|Antwoorden)(?:\s+(?:op|bij)\s+(?:de\s+)?(?:vraag|vragen))?(?:\s+(?:nr\.?\s*)?" + NumberList + @")?\s*[:.)]?(?:\s+(?<rest>\S.*))?$")]
    private static partial Regex AnswerHeading();

    [GeneratedRegex(@"^Vraag\s*:?$")]
    private static partial Regex UnnumberedQuestionHeading();

    [GeneratedRegex(@"^Mededeling\s*:?$")]
    private static partial Regex NoticeHeading();

    [GeneratedRegex(@"(?<from>\d{1,3})[a-z]?\s*(?:t/m|tot\s+en\s+met|–|-)\s*(?<to>\d{1,3})|(?<one>\d{1,3})(?<sub>[a-z])?")]
    private static partial Regex ListItem();

    /// <summary>True when any line is a question heading: the document is of the headed shape.</summary>
    public static bool AnyQuestion(IReadOnlyList<Layout.SourceLine> lines) => lines.Any(l => TryQuestion(l.Text, out _));

    /// <summary>
    /// A document whose one question heading is a bare "Vraag" (a letter answering a single question), answered
    /// under a bare "Antwoord" after it.
    /// </summary>
    public static bool OnlyUnnumberedQuestion(IReadOnlyList<Layout.SourceLine> lines)
    {
        var at = lines.Select((l, i) => UnnumberedQuestionHeading().IsMatch(l.Text) ? i : -1).Where(i => i >= 0).ToList();
        return at is [var only] && lines.Skip(only + 1).Any(l => TryAnswer(l.Text, out var a) && a.Numbers.Count == 0 && a.Rest is null);
    }

    /// <summary>A question heading; a bare "Vraag" only where <paramref name="unnumbered"/> says it is the document's only one.</summary>
    public static bool TryQuestion(string line, bool unnumbered, out Heading heading)
    {
        if (unnumbered && UnnumberedQuestionHeading().IsMatch(line))
        {
            heading = new Heading("", [], "", null);
            return true;
        }
        return TryQuestion(line, out heading);
    }

    public static bool TryQuestion(string line, out Heading heading) => TryMatch(QuestionHeading().Match(line), requireNumbers: true, out heading);

    /// <summary>An answer heading; a bare "Antwoord" (no numbers, no text after) answers every waiting question.</summary>
    public static bool TryAnswer(string line, out Heading heading)
    {
        var m = AnswerHeading().Match(line);
        if (!m.Success || !m.Groups["nums"].Success && m.Groups["rest"].Success)
        {
            heading = default;
            return false;
        }
        return TryMatch(m, requireNumbers: false, out heading);
    }

    public static bool IsNotice(string line) => NoticeHeading().IsMatch(line);

    private static bool TryMatch(Match m, bool requireNumbers, out Heading heading)
    {
        heading = default;
        if (!m.Success || requireNumbers && !m.Groups["nums"].Success)
            return false;
        // "Vraag 2 en 3 worden samen beantwoord.", "Vraag 19 is eerder gesteld": a sentence about questions, not a heading.
        if (m.Groups["rest"].Success && char.IsLower(m.Groups["rest"].Value[0]))
            return false;
        var printed = m.Groups["nums"].Success ? m.Groups["nums"].Value.Trim() : "";
        var numbers = new List<int>();
        foreach (Match item in ListItem().Matches(printed))
        {
            if (item.Groups["one"].Success)
            {
                int n = int.Parse(item.Groups["one"].ValueSpan, CultureInfo.InvariantCulture);
                if (!numbers.Contains(n))
                    numbers.Add(n);
                continue;
            }
            int from = int.Parse(item.Groups["from"].ValueSpan, CultureInfo.InvariantCulture);
            int to = int.Parse(item.Groups["to"].ValueSpan, CultureInfo.InvariantCulture);
            for (int n = from; n <= to && to - from <= 50; n++)
                numbers.Add(n);
        }
        var sub = ListItem().Match(printed) is { Success: true } first && first.Groups["sub"].Success && numbers.Count == 1 ? first.Groups["sub"].Value : "";
        heading = new Heading(printed, numbers, sub, m.Groups["rest"].Success ? m.Groups["rest"].Value : null);
        return true;
    }
}

/// <summary>A heading's printed numbers ("3, 4 en 5"), the numbers, a sub-question letter ("a" of "2a"), and any text after it on the line.</summary>
internal readonly record struct Heading(string Printed, IReadOnlyList<int> Numbers, string Sub, string? Rest);
