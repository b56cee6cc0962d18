using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Enrichment;

/// <summary>
/// Answers by reference: "Zie het antwoord op vraag 1", "zie antwoord op vraag 46", "Zie tevens het antwoord
/// op vraag 88", "Zie de antwoorden op de vragen 3, 4 en 5", "verwijs ik naar mijn antwoord op vraag 2".
/// </summary>
internal static partial class ReferenceFinder
{
    [GeneratedRegex(@"\bantwoord(?:en)?\s+op\s+(?:de\s+)?vra(?:ag|gen)\s+(?<list>\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|–|-)\s*\d{1,3}[a-z]?)*)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerToQuestion();

    [GeneratedRegex(@"(?<from>\d{1,3})[a-z]?\s*(?:t/m|tot\s+en\s+met|–|-)\s*(?<to>\d{1,3})|(?<one>\d{1,3})")]
    private static partial Regex ListItem();

    /// <summary>The question numbers an answer text points to, in order, without repeats.</summary>
    public static IReadOnlyList<int> FindNumbers(string text)
    {
        var numbers = new List<int>();
        foreach (Match m in AnswerToQuestion().Matches(text))
        {
            foreach (Match item in ListItem().Matches(m.Groups["list"].Value))
            {
                if (item.Groups["one"].Success)
                {
                    Add(numbers, Int(item.Groups["one"].Value));
                    continue;
                }
                int from = Int(item.Groups["from"].Value), to = Int(item.Groups["to"].Value);
                for (int n = from; n <= to && to - from <= 50; n++)
                    Add(numbers, n);
            }
        }
        return numbers;
    }

    private static void Add(List<int> numbers, int n)
    {
        if (!numbers.Contains(n))
            numbers.Add(n);
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
