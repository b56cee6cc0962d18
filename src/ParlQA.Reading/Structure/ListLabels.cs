using System.Globalization;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Structure;

/// <summary>The labels in the "Nr." column of a committee's list: "12", "12.", "2a", and answer ranges "22–25".</summary>
internal static partial class ListLabels
{
    [GeneratedRegex(@"^(?<n>\d{1,3})(?<sub>[a-z])?[.)]?\s+(?<rest>\S.*)$")]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"^(?<from>\d{1,3})\s*(?:[–—-]|t/m|tot en met)\s*(?<to>\d{1,3})\.?\s+(?<rest>\S.*)$")]
    private static partial Regex RangeLabel();

    [GeneratedRegex(@"^(?<list>\d{1,3}(?:\s*(?:,\s*en|,|en|&)\s*\d{1,3})+)\.?\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex NumberListLabel();

    /// <summary>"Artikel 25", "Artikelen 25, 28, 31 en 40", "Artikel 3a": the budget article a section of questions is about.</summary>
    [GeneratedRegex(@"^Artikel(?:en)?\s+\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|–|-)\s*\d{1,3}[a-z]?)*$")]
    private static partial Regex ArticleTitle();

    /// <summary>"Algemeen", "Beleidsagenda", "Caribisch Nederland": one to four words, no digits, no punctuation.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,3}$")]
    private static partial Regex WordTitle();

    /// <summary>A section title of a committee's list, as it stands between an answer and the next question.</summary>
    public static bool IsSectionTitle(string line) => line.Length <= 60 && (ArticleTitle().IsMatch(line) || WordTitle().IsMatch(line));

    /// <summary>
    /// A section title standing apart (blank lines, or a page edge, on both sides), followed by further titles and
    /// then a line <paramref name="startsQuestion"/> says opens the next question: "Artikel 25", "Algemeen" before
    /// it title the questions that follow, whatever the body's shape.
    /// </summary>
    public static bool IsSectionTitleBefore(IReadOnlyList<Layout.SourceLine> lines, int k, Func<int, bool> startsQuestion)
    {
        int j = k;
        while (j < lines.Count && (lines[j].BlankBefore || lines[j].PageStart) && lines[j].SparseOrPageEnd && IsSectionTitle(lines[j].Text))
            j++;
        return j > k && j < lines.Count && startsQuestion(j);
    }

    /// <summary>A line that starts with a list of numbers, as an old answer block labels its answers ("1,2en4 Ja.", "3 en 5 Voordat …").</summary>
    public static bool TryNumberList(string line, out IReadOnlyList<int> numbers, out string printed, out string rest)
    {
        var m = line.Length > 0 && char.IsAsciiDigit(line[0]) ? NumberListLabel().Match(line) : Match.Empty;
        numbers = m.Success ? Regex.Matches(m.Groups["list"].Value, @"\d+").Select(d => int.Parse(d.Value, CultureInfo.InvariantCulture)).ToList() : [];
        printed = m.Success ? m.Groups["list"].Value : "";
        rest = m.Success ? m.Groups["rest"].Value : "";
        return m.Success;
    }

    /// <summary>A line that starts with a number, as a question line does ("12 Bent u bekend…").</summary>
    public static bool TryNumber(string line, out ListLabel label)
    {
        if (line.Length == 0 || !char.IsAsciiDigit(line[0]))
        {
            label = default;
            return false;
        }
        var m = NumberLabel().Match(line);
        if (!m.Success)
        {
            label = default;
            return false;
        }
        int n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        var printed = m.Groups["n"].Value + m.Groups["sub"].Value;
        label = new ListLabel(printed, n, n, m.Groups["rest"].Value) { Sub = m.Groups["sub"].Value };
        return true;
    }

    /// <summary>A line that starts with a range, as a grouped answer does ("22–25 Precieze data…").</summary>
    public static bool TryRange(string line, out ListLabel label)
    {
        if (line.Length == 0 || !char.IsAsciiDigit(line[0]))
        {
            label = default;
            return false;
        }
        var m = RangeLabel().Match(line);
        if (!m.Success)
        {
            label = default;
            return false;
        }
        int from = int.Parse(m.Groups["from"].ValueSpan, CultureInfo.InvariantCulture);
        int to = int.Parse(m.Groups["to"].ValueSpan, CultureInfo.InvariantCulture);
        label = new ListLabel($"{from}–{to}", from, to, m.Groups["rest"].Value);
        return from < to;
    }
}

/// <summary>A printed label: <see cref="From"/> to <see cref="To"/> (equal for a single number), and the text after it.</summary>
internal readonly record struct ListLabel(string Printed, int From, int To, string Rest)
{
    /// <summary>The letter of a sub-question label ("a" of "2a"), or empty.</summary>
    public string Sub { get; init; } = "";

    public IEnumerable<int> Numbers => Enumerable.Range(From, To - From + 1);
}
