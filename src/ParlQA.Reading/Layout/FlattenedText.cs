using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Layout;

/// <summary>
/// Text whose line breaks were all lost ("Vraag 1 Hoe kan het …? Ons onderzoek … Vraag 2 …"), as the Court
/// of Audit's answers come from their scans: the breaks are put back before each heading whose number follows
/// the sequence, between a question's last "?" and its answer, and the "2/9" page marks and the Court of Audit's
/// running headers are taken out.
/// </summary>
internal static partial class FlattenedText
{
    /// <summary>Characters per line above which text counts as flattened.</summary>
    private const int FlatLineLength = 1500;

    [GeneratedRegex(@"(?<=\s)(?<n>\d{1,2})/(?<of>\d{1,2})(?=\s)")]
    private static partial Regex PageMark();

    [GeneratedRegex(@"\b(?:Vraag|Vragen)\s+[.,:;'’]?\s*(?<n>\d{1,3})[a-z]?(?:\s*(?:,|en|t/m|–|-)\s*\d{1,3}[a-z]?)*(?=\s*[:.]?\s+[\p{Lu}«""“(])")]
    private static partial Regex QuestionHeading();

    [GeneratedRegex(@"\bAntwoord(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?(?:\s+\d{1,3}(?:\s*(?:,|en)\s*\d{1,3})*)?(?=\s*[:.]?\s+[\p{Lu}«""“(])")]
    private static partial Regex AnswerHeading();

    /// <summary>"Vraag" heading a letter's only question, without a number ("… schoolgebouwen Vraag Tijdens de briefing …").</summary>
    [GeneratedRegex(@"\bVraag(?=\s+[\p{Lu}«""“(])")]
    private static partial Regex UnnumberedQuestionHeading();

    /// <summary>A scanning speck between the heading word and its number ("Vraag .11"), left out of the heading.</summary>
    [GeneratedRegex(@"^(Vraag|Vragen)\s+[.,:;'’]\s*")]
    private static partial Regex StrayMark();

    /// <summary>A question mark, with a closing bracket or quote that belongs to it.</summary>
    [GeneratedRegex(@"\?[)»”’""]*")]
    private static partial Regex QuestionMark();

    /// <summary>The sentence after a position, to its first end mark (a full stop after an abbreviation may end it early; that only shortens the look).</summary>
    [GeneratedRegex(@"\G[^.?!]*?(?<end>[.?!])(?=\s|$)", RegexOptions.Singleline)]
    private static partial Regex NextSentence();

    /// <summary>Numbers may skip this far ahead (a question left out) and still be the next heading.</summary>
    internal const int MaxSkip = 3;

    public static bool IsFlattened(string text)
    {
        int lines = 1 + text.Count(c => c == '\n');
        return text.Length > FlatLineLength && text.Length / lines > FlatLineLength;
    }

    public static string Unflatten(string text)
    {
        text = RemovePageMarks(text);
        if (QuestionHeading().Match(text) is { Success: true } first)
            text = CourtOfAuditRunningHeader.Remove(text, first.Index);
        var result = new StringBuilder(text.Length + 256);
        int last = 0, expected = 1;
        var headings = QuestionHeading().Matches(text).Where(m =>
        {
            int n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            if (n < expected - 1 || n > expected + MaxSkip)
                return false;
            expected = n + 1;
            return true;
        }).ToList();
        if (headings.Count == 0)
            return UnflattenOneQuestion(text);
        result.Append(text, 0, headings[0].Index);
        for (int i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            int end = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            result.Append("\n\n").Append(StrayMark().Replace(heading.Value, "$1 ")).Append('\n');
            last = heading.Index + heading.Length;
            result.Append(SplitQuestionFromAnswer(text[last..end].Trim()));
        }
        return result.ToString();
    }

    /// <summary>
    /// A letter answering one question prints it under "Vraag" with no number, its answer under "Antwoord" right
    /// after the question's last sentence; the running header's copies ("Antwoord Algemene Rekenkamer bij vraag …")
    /// are taken out of the answer first, as with numbered questions.
    /// </summary>
    private static string UnflattenOneQuestion(string text)
    {
        if (UnnumberedQuestionHeading().Matches(text) is not [var question])
            return text;
        text = CourtOfAuditRunningHeader.Remove(text, question.Index);
        int start = question.Index + question.Length;
        var answer = AnswerHeading().Matches(text, start).FirstOrDefault(m => Punctuation.EndsSentence(text[start..m.Index].TrimEnd()));
        if (answer is null)
            return text;
        return text[..question.Index].TrimEnd() + "\n\n" + question.Value + "\n" + text[start..answer.Index].Trim()
            + "\n\n" + answer.Value + "\n" + text[(answer.Index + answer.Length)..].Trim();
    }

    /// <summary>The text before an inline heading ends the way a question does: "?", or the bracket of its source.</summary>
    private static bool AsksUntil(string before)
    {
        var trimmed = before.TrimEnd();
        return Punctuation.EndsWithQuestionMark(trimmed) || trimmed.EndsWith(')') && trimmed.Contains('?', StringComparison.Ordinal);
    }

    /// <summary>"2/9 " marks of a document with the same page count throughout, numbered from 2.</summary>
    private static string RemovePageMarks(string text)
    {
        var marks = PageMark().Matches(text).ToList();
        var total = marks.GroupBy(m => m.Groups["of"].Value).MaxBy(g => g.Count());
        if (total is null || total.Count() < 2 && int.Parse(total.Key, CultureInfo.InvariantCulture) > 2)
            return text;
        var keep = total.Where(m => int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) <= int.Parse(m.Groups["of"].ValueSpan, CultureInfo.InvariantCulture)).Select(m => m.Index).ToHashSet();
        return PageMark().Replace(text, m => keep.Contains(m.Index) ? "" : m.Value);
    }

    /// <summary>
    /// The question is the opening sentences up to the last of its first run of questions; the answer is
    /// what follows, under its own "Antwoord" heading where the document printed one.
    /// </summary>
    private static string SplitQuestionFromAnswer(string segment)
    {
        // An inline "Antwoord" heading counts only right after the question ended; elsewhere it is a running
        // header ("Antwoorden Algemene Rekenkamer op vragen …") or plain text.
        var answer = AnswerHeading().Matches(segment).FirstOrDefault(m => m.Index > 0 && AsksUntil(segment[..m.Index]));
        if (answer is not null)
            return segment[..answer.Index].TrimEnd() + "\n\n" + answer.Value + "\n" + segment[(answer.Index + answer.Length)..].Trim();
        // After each "?", look at the next sentence: while it asks too, the question goes on.
        foreach (Match mark in QuestionMark().Matches(segment))
        {
            int end = mark.Index + mark.Length;
            var next = NextSentence().Match(segment, end);
            if (next.Success && next.Groups["end"].Value == "?")
                continue;
            var rest = segment[end..].Trim();
            return rest.Length == 0 ? segment : segment[..end].Trim() + "\n\n" + rest;
        }
        return segment;
    }
}
