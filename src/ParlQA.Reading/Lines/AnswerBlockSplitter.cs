using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Formats;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Structure;

namespace ParlQA.Reading.Lines;

/// <summary>
/// The old form of the Aanhangsel (1970s–1990s): all questions first, then one paragraph "Antwoord" with the
/// answers labelled inline — "Antwoord van Staatssecretaris X. (Ontvangen 16 maart 1981) 1,2en4 Ja. 3 en 5
/// Voordat …". The paragraph is cut at its labels into one line per answer, each starting with its label,
/// so the list recogniser reads them as labelled answers; the heading itself carries no answer text.
/// </summary>
internal static partial class AnswerBlockSplitter
{
    [GeneratedRegex(@"^Antwoord\b")]
    private static partial Regex AnswerParagraph();

    /// <summary>A label after a sentence end or a closing bracket: "1,2en4 Ja.", "3 en 5 Voordat".</summary>
    [GeneratedRegex(@"(?<=[.!?)]\s+)(?<list>\d{1,3}(?:\s*(?:,\s*en|,|en|&)\s*\d{1,3})*)\s+(?=\p{Lu})")]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"^(?<n>\d{1,3})[a-z]?\.?\s+\p{Lu}")]
    private static partial Regex QuestionStart();

    /// <summary>Text without "Vraag" headings, as the old Aanhangsel comes from OCR.</summary>
    public static bool Applies(DocumentLayout layout) => layout.Format == FileFormat.Text && !Headings.AnyQuestion(layout.Lines);

    public static DocumentLayout Normalise(DocumentLayout layout) => layout with { Lines = Split(layout.Lines) };

    private static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines)
    {
        var questionNumbers = lines.Select(l => QuestionStart().Match(l.Text)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture)).ToHashSet();
        if (questionNumbers.Count == 0)
            return lines;
        int highest = questionNumbers.Max() + 1;
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            var labels = AnswerParagraph().IsMatch(line.Text)
                ? InlineLabel().Matches(line.Text).Where(m => Numbers(m).All(n => n >= 1 && n <= highest)).ToList()
                : [];
            if (labels.Count == 0)
            {
                result.Add(line);
                continue;
            }
            for (int i = 0; i < labels.Count; i++)
            {
                int end = i + 1 < labels.Count ? labels[i + 1].Index : line.Text.Length;
                result.Add(line with { Text = line.Text[labels[i].Index..end].Trim(), BlankBefore = true, BlankAfter = true });
            }
        }
        return result;
    }

    private static IEnumerable<int> Numbers(Match label) =>
        DigitRun().Matches(label.Groups["list"].Value).Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();
}
