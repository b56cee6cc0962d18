using System.Text;
using ParlQA.Model;
using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Lines;

/// <summary>
/// Joins the lines of a text in ParlQA's published list the way its publisher broke them: a line broke on purpose (a
/// paragraph, an item, a row of figures) where it ends with room for the next word, or where a gap follows it, and the
/// break is then what <see cref="DocumentText.BreakBetween"/> says; any other line was wrapped — at a space, or inside a
/// web address right after "/", "_", "?", "&amp;", "=" or "#" (no line ends in a hyphen).
/// </summary>
internal static class PublishedListJoin
{
    private const string UrlBreaks = "/_?&=#";

    /// <summary>
    /// The publisher breaks a line on purpose without a gap only where it ends this far under the widest line with the
    /// next word after it; a wrapped line would not have held that word in the column (which the widest line is in).
    /// </summary>
    public const double RoomMargin = 3;

    /// <summary>The next line's first word (a word ending in a hyphen with the word after it) would have fitted after <paramref name="line"/>.</summary>
    public static bool HasRoom(string line, string next, double column, double size) =>
        PublishedListFont.Width(line + " " + FirstToken(next), size) <= column + 0.001;

    /// <summary>Lines wrapped without a break on purpose (a footnote's).</summary>
    public static string Wrapped(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
            AppendWrapped(text, line);
        return text.ToString();
    }

    /// <summary>A row's lines: each says whether a gap stood before it (a blank line on its page).</summary>
    public static string Text(IReadOnlyList<(string Text, bool Gap)> lines, double widest)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            var (line, gap) = lines[i];
            if (i == 0)
            {
                text.Append(line);
                continue;
            }
            var previous = lines[i - 1].Text;
            if (gap || OnPurpose(previous, line, widest))
                text.Append(DocumentText.BreakBetween(previous, line)).Append(line);
            else
                AppendWrapped(text, line);
        }
        return text.ToString();
    }

    /// <summary>A break on purpose without a gap: the line left room for the next word, or the next line is a list item (halfway to a wrap, for rounding).</summary>
    public static bool OnPurpose(string previous, string next, double widest) =>
        !EndsInsideUrl(previous, next) && (DocumentText.IsListItem(next, previous) || HasRoom(previous, next, widest - RoomMargin / 2, PublishedListFont.Body));

    /// <summary>A gap before <paramref name="next"/> that a text's own break cannot have: the line before it left the room that needs none.</summary>
    public static bool PartsRows(string previous, string next, double widest) =>
        !EndsInsideUrl(previous, next) && (DocumentText.IsListItem(next, previous) || HasRoom(previous, next, widest - RoomMargin, PublishedListFont.Body));

    private static void AppendWrapped(StringBuilder text, string line)
    {
        if (text.Length > 0 && !EndsInsideUrl(LastToken(text.ToString()), line))
            text.Append(' ');
        text.Append(line);
    }

    /// <summary>
    /// The text's last token is a web address broken after one of its break characters — after "?" only where a query
    /// ("id=…") goes on, for an address may end a question.
    /// </summary>
    private static bool EndsInsideUrl(string text, string next)
    {
        var token = LastToken(text).TrimStart('(', '«', '"', '[');
        return token.Length > 0 && UrlBreaks.Contains(token[^1], StringComparison.Ordinal)
            && (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            && (token[^1] != '?' || FirstToken(next).Contains('=', StringComparison.Ordinal));
    }

    private static string LastToken(string text)
    {
        int start = text.LastIndexOfAny([' ', '\n']);
        return text[(start + 1)..];
    }

    /// <summary>The first word the publisher would have moved: one ending in a hyphen ("wet-") goes with the next ("wet- en").</summary>
    private static string FirstToken(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int n = 0;
        while (n < words.Length - 1 && words[n].Length > 1 && words[n].EndsWith('-') && !words[n].Contains("://", StringComparison.Ordinal) && !words[n].StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            n++;
        return string.Join(' ', words.Take(n + 1));
    }
}
