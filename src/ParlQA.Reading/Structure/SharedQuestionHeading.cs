using System.Globalization;
using System.Text.RegularExpressions;
using ParlQA.Reading.Layout;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Structure;

/// <summary>
/// "Vraag 1 en 2" over a text that asks one sentence per number ("De ontvangsten … raming. Welke feiten …?
/// Welke feiten …?"): two questions printed under one heading. Each number becomes a question of its own, ending
/// at its asking sentence (what comes before the first goes with it), and the answer that covered the block
/// covers them all. A block that asks more than one sentence per number, or whose later asks follow up ("Zo ja,
/// waarom?"), stays one question with all its numbers, as DESIGN.md reads "Vraag 3, 4 en 5".
/// </summary>
internal static partial class SharedQuestionHeading
{
    /// <summary>A "?" ending a sentence, with a closing bracket or quote that belongs to it.</summary>
    [GeneratedRegex(@"\?[)»”’""]*(?=\s|$)")]
    private static partial Regex AskingEnd();

    /// <summary>A sentence that follows up the ask before it rather than asking on its own.</summary>
    [GeneratedRegex(@"^(?:Zo\s+(?:ja|nee|neen|niet)\b|Zo,|Indien\b|En\s+zo\b|Waarom\s+(?:niet|wel)?\s*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    /// <summary>Documents read under headings, where a heading names more than one question.</summary>
    public static bool Applies(RecognisedBlocks blocks, DocumentLayout layout) =>
        blocks.Shape == BodyShape.Headed && blocks.Questions.Any(q => q.Numbers.Count > 1);

    public static RecognisedBlocks Split(RecognisedBlocks blocks, DocumentLayout layout)
    {
        var ids = blocks.Questions.Select(q => q.Id).ToHashSet();
        var questions = new List<QuestionBlock>();
        foreach (var question in blocks.Questions)
        {
            var parts = question.Numbers.Count > 1 && question.Sub.Length == 0 ? OneAskPerNumber(question) : null;
            if (parts is null || question.Numbers.Skip(1).Any(n => ids.Contains(Id(n))))
            {
                questions.Add(question);
                continue;
            }
            var split = parts.Select((lines, i) => Part(question, i, lines)).ToList();
            questions.AddRange(split);
            if (question.Answer is { } answer)
            {
                int at = answer.Covers.IndexOf(question);
                answer.Covers.RemoveAt(at);
                answer.Covers.InsertRange(at, split);
                split.ForEach(q => q.Answer = answer);
            }
        }
        return questions.Count == blocks.Questions.Count ? blocks : blocks with { Questions = questions };
    }

    private static string Id(int number) => "q" + number.ToString(CultureInfo.InvariantCulture);

    private static QuestionBlock Part(QuestionBlock block, int index, List<SourceLine> lines)
    {
        int number = block.Numbers[index];
        var part = new QuestionBlock
        {
            Label = number.ToString(CultureInfo.InvariantCulture),
            Numbers = [number],
            Heading = index == 0 ? block.Heading : null,
            Id = index == 0 ? block.Id : Id(number),
        };
        part.Lines.AddRange(lines);
        return part;
    }

    /// <summary>The block's lines cut after each asking sentence, when it asks exactly one per number; else null.</summary>
    private static List<List<SourceLine>>? OneAskPerNumber(QuestionBlock block)
    {
        var lines = block.Lines.Select((l, i) => i == 0 && block.FirstLineText is { } rest ? l with { Text = rest } : l).ToList();
        var ends = lines.SelectMany((l, i) => AskingEnd().Matches(l.Text).Select(m => (Line: i, At: m.Index + m.Length))).ToList();
        if (ends.Count != block.Numbers.Count || ends[^1] != (lines.Count - 1, lines[^1].Text.Length))
            return null;

        var parts = new List<List<SourceLine>> { new() };
        for (int i = 0; i < lines.Count; i++)
        {
            int from = 0;
            foreach (var end in ends.Where(e => e.Line == i && e != ends[^1]))
            {
                parts[^1].Add(lines[i] with { Text = lines[i].Text[from..end.At].Trim() });
                parts.Add([]);
                from = end.At;
            }
            var remainder = lines[i].Text[from..].Trim();
            if (remainder.Length > 0)
                parts[^1].Add(from == 0 ? lines[i] : lines[i] with { Text = remainder, BlankBefore = false });
        }
        bool followsUp = parts.Skip(1).Any(p => FollowUp().IsMatch(Sentences.Split(string.Join(" ", p.Select(l => l.Text))).LastOrDefault() ?? ""));
        return followsUp || parts.Any(p => p.Count == 0) ? null : parts;
    }
}
