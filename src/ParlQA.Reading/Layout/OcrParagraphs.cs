using System.Text.RegularExpressions;

namespace ParlQA.Reading.Layout;

/// <summary>
/// OCR text with one paragraph per line, tidied before its structure is read: a paragraph broken by the
/// scan (its second part starts in lower case) is joined again; a budget page reference ("blz. 7") set as a
/// line of its own is dropped; a paragraph that asks and then answers ("…verschenen? Het convenant …") is cut
/// after its last asking sentence, as the printed page had question and answer side by side.
/// </summary>
internal static partial class OcrParagraphs
{
    [GeneratedRegex(@"^blz\.?\s*\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex PageReference();

    /// <summary>The end of the opening run of asking sentences, where a telling sentence follows.</summary>
    [GeneratedRegex(@"^(?<question>(?:[^?]*?\?[)»”’""]*\s+)*?[^?]*?\?[)»”’""]*)\s+(?=\p{Lu})(?<answer>(?:(?!\?\s)[^?])*?[.!:](?:\s.*)?)$", RegexOptions.Singleline)]
    private static partial Regex AskThenTell();

    /// <summary>Characters below which text after a question is taken as part of it rather than as its answer.</summary>
    private const int MinAnswerLength = 120;

    public static List<SourceLine> Tidy(List<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            if (PageReference().IsMatch(line.Text))
                continue;
            if (result.Count > 0 && char.IsLower(line.Text[0]))
            {
                result[^1] = result[^1] with { Text = result[^1].Text.TrimEnd() + (result[^1].Text.EndsWith('-') ? "" : " ") + line.Text };
                continue;
            }
            result.Add(line);
        }
        return result.SelectMany(SplitAskThenTell).ToList();
    }

    private static IEnumerable<SourceLine> SplitAskThenTell(SourceLine line)
    {
        var m = AskThenTell().Match(line.Text);
        // A short remark after the question ("Graag een toelichting.") belongs to it; an answer runs longer.
        if (!m.Success || m.Groups["answer"].Length < MinAnswerLength)
        {
            yield return line;
            yield break;
        }
        yield return line with { Text = m.Groups["question"].Value.Trim() };
        yield return line with { Text = m.Groups["answer"].Value.Trim() };
    }
}
