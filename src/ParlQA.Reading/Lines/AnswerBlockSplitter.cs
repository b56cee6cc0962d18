using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;

namespace ParlQA.Reading.Lines;

/// <summary>
/// The old form of the Aanhangsel (1970s–1990s): all questions first, then one paragraph "Antwoord" with the
/// answers labelled inline — "Antwoord van Staatssecretaris X. (Ontvangen 16 maart 1981) 1,2en4 Ja. 3 en 5
/// Voordat …". The paragraph is cut at its labels into one line per answer, each starting with its label and
/// set tight as an answer's lines are, so the list recogniser reads them as labelled answers ("3 Er komt …" too);
/// the heading before the first label says who answered and when, and goes with the document's header. Where
/// the paragraph starts on the last question's line ("…zijn? Antwoord van Minister X …"), it is cut off first.
/// </summary>
internal static partial class AnswerBlockSplitter
{
    [GeneratedRegex(@"^Antwoord\b")]
    private static partial Regex AnswerParagraph();

    /// <summary>A label after a sentence end or a closing bracket: "1,2en4 Ja.", "3 en 5 Voordat".</summary>
    [GeneratedRegex(@"(?<=[.!?)]\s+)(?<list>\d{1,3}(?:\s*(?:,\s*en|,|en|&)\s*\d{1,3})*)\s+(?=\p{Lu})")]
    private static partial Regex InlineLabel();

    /// <summary>"…zijn? Antwoord van": the answer paragraph beginning on the line of the question before it.</summary>
    [GeneratedRegex(@"(?<=\?[»”’""')]*)\s+(?=Antwoord\s+van\b)")]
    private static partial Regex AnswerAfterQuestion();

    [GeneratedRegex(@"^(?<n>\d{1,3})[a-z]?\.?\s+\p{Lu}")]
    private static partial Regex QuestionStart();

    /// <summary>Text without "Vraag" headings, as the old Aanhangsel comes from OCR.</summary>
    public static bool Applies(DocumentLayout layout) => layout.Format == FileFormat.Text && !Headings.AnyQuestion(layout.Lines);

    public static DocumentLayout Normalise(DocumentLayout layout)
    {
        var headings = new List<SourceLine>();
        var lines = Split(layout.Lines, headings);
        return headings.Count == 0 ? layout with { Lines = lines } : layout with { Lines = lines, HeaderLines = [.. layout.HeaderLines, .. headings] };
    }

    private static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines, List<SourceLine> headings)
    {
        var questionNumbers = lines.Select(l => QuestionStart().Match(l.Text)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture)).ToHashSet();
        if (questionNumbers.Count == 0)
            return lines;
        int highest = questionNumbers.Max() + 1;
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines.SelectMany(CutAnswerFromQuestion))
        {
            var labels = AnswerParagraph().IsMatch(line.Text)
                ? InlineLabel().Matches(line.Text).Where(m => Numbers(m).All(n => n >= 1 && n <= highest)).ToList()
                : [];
            if (labels.Count == 0)
            {
                result.Add(line);
                continue;
            }
            headings.Add(line with { Text = line.Text[..labels[0].Index].Trim() });
            for (int i = 0; i < labels.Count; i++)
            {
                int end = i + 1 < labels.Count ? labels[i + 1].Index : line.Text.Length;
                result.Add(line with { Text = line.Text[labels[i].Index..end].Trim(), BlankBefore = true, BlankAfter = false });
            }
        }
        return result;
    }

    private static IEnumerable<SourceLine> CutAnswerFromQuestion(SourceLine line)
    {
        var cut = AnswerParagraph().IsMatch(line.Text) ? Match.Empty : AnswerAfterQuestion().Match(line.Text);
        if (!cut.Success)
        {
            yield return line;
            yield break;
        }
        yield return line with { Text = line.Text[..cut.Index], BlankAfter = true };
        yield return line with { Text = line.Text[(cut.Index + cut.Length)..], BlankBefore = true };
    }

    private static IEnumerable<int> Numbers(Match label) =>
        DigitRun().Matches(label.Groups["list"].Value).Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();
}
