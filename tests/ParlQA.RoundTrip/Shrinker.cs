using System.Text.RegularExpressions;

namespace ParlQA.RoundTrip;

/// <summary>
/// Cuts a failing list down to a small one that fails the same way (same form, same kind of difference): whole runs
/// of questions out first (halves, then quarters, … then one at a time, renumbering the rest), then footnotes,
/// sources, paragraphs and sentences, then the optional front matter. Each cut is kept only if the failure stays —
/// delta debugging on the list's own parts, which keeps failures that hang on where a page breaks.
/// </summary>
public sealed partial class Shrinker(Func<GeneratedList, string?> failureKind, int maxChecks = 3000)
{
    private int _checks;

    /// <summary>Runs of the list checked while shrinking.</summary>
    public int Checks => _checks;

    public GeneratedList Shrink(GeneratedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var kind = failureKind(list) ?? throw new ArgumentException("the list does not fail", nameof(list));
        bool progress = true;
        while (progress && _checks < maxChecks)
        {
            progress = false;
            foreach (var candidate in Candidates(list))
            {
                if (_checks >= maxChecks)
                    break;
                _checks++;
                if (failureKind(candidate) == kind)
                {
                    list = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return list;
    }

    /// <summary>Smaller lists, the biggest cuts first.</summary>
    private static IEnumerable<GeneratedList> Candidates(GeneratedList list)
    {
        int n = list.Questions.Count;
        for (int size = n / 2; size >= 1; size /= 2)
        {
            for (int from = 1; from + size - 1 <= n; from += size)
                yield return WithoutQuestions(list, from, from + size - 1);
        }
        for (int i = 0; i < list.Answers.Count; i++)
        {
            var answer = list.Answers[i];
            if (answer.Footnotes.Count > 0)
            {
                var marker = "[" + answer.Footnotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                yield return WithAnswer(list, i, answer with
                {
                    Footnotes = answer.Footnotes.Take(answer.Footnotes.Count - 1).ToList(),
                    Text = answer.Text.Replace(marker, "", StringComparison.Ordinal),
                });
            }
            foreach (var text in Shorter(answer.Text))
                yield return WithAnswer(list, i, answer with { Text = text });
            for (int f = 0; f < answer.Footnotes.Count; f++)
            {
                foreach (var note in Shorter(answer.Footnotes[f]))
                    yield return WithAnswer(list, i, answer with { Footnotes = answer.Footnotes.Select((x, k) => k == f ? note : x).ToList() });
            }
        }
        for (int i = 0; i < list.Questions.Count; i++)
        {
            var question = list.Questions[i];
            if (question.Sources.Count > 0)
                yield return WithQuestion(list, i, question with { Sources = question.Sources.Take(question.Sources.Count - 1).ToList() });
            foreach (var text in Shorter(question.Text))
                yield return WithQuestion(list, i, question with { Text = text });
        }
        if (list.Ministers.Count > 1)
            yield return list with { Ministers = [list.Ministers[0]] };
        if (list.LetterCitation is not null)
            yield return list with { LetterCitation = null };
    }

    /// <summary>The list without questions <paramref name="from"/>–<paramref name="to"/>: the rest renumbered, their answers kept to what remains.</summary>
    public static GeneratedList WithoutQuestions(GeneratedList list, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(list);
        int removed = to - from + 1;
        if (removed >= list.Questions.Count)
            return list;
        int Renumber(int n) => n < from ? n : n - removed;
        bool Kept(int n) => n < from || n > to;
        var answers = new List<GeneratedAnswer>();
        foreach (var answer in list.Answers)
        {
            var numbers = answer.Numbers.Where(Kept).Select(Renumber).ToList();
            if (numbers.Count == 0)
                continue;
            var kept = answer with { Numbers = numbers };
            if (answer.ReferenceTo is { } target)
            {
                int newTarget = Kept(target) ? Renumber(target) : Math.Max(1, Renumber(from) - 1);
                kept = numbers.Contains(newTarget) || newTarget > list.Questions.Count - removed
                    ? kept with { ReferenceTo = null, Text = "Ja." }
                    : kept with { ReferenceTo = newTarget };
            }
            answers.Add(kept);
        }
        var questions = list.Questions.Where((_, i) => Kept(i + 1)).ToList();
        return list with { Questions = questions, Answers = answers };
    }

    /// <summary>The text with its last paragraph, its last line or its last sentence left out; or a plain sentence.</summary>
    private static IEnumerable<string> Shorter(string text)
    {
        int paragraph = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (paragraph > 0)
            yield return text[..paragraph];
        int line = text.LastIndexOf('\n');
        if (line > 0 && line != paragraph + 1)
            yield return text[..line];
        var sentences = SentenceEnd().Matches(text);
        if (sentences.Count > 1)
            yield return text[..(sentences[^2].Index + 1)];
        if (text.Length > 20 && !text.Contains('{', StringComparison.Ordinal))
            yield return text.EndsWith('?') ? "Waarom?" : "Ja.";
    }

    private static GeneratedList WithAnswer(GeneratedList list, int index, GeneratedAnswer answer) =>
        list with { Answers = list.Answers.Select((a, i) => i == index ? answer : a).ToList() };

    private static GeneratedList WithQuestion(GeneratedList list, int index, GeneratedQuestion question) =>
        list with { Questions = list.Questions.Select((q, i) => i == index ? question : q).ToList() };

    [GeneratedRegex(@"[.?!](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
