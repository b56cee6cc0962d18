namespace ParlQA.Rounds.Publishing;

/// <summary>
/// Breaks one line of text into lines that fit a column, greedily: at spaces (never at a non-breaking space), and
/// inside a web address that runs past the line's end, after "/", "_", "?", "&amp;", "=" or "#", so readers see the
/// address go on; a word wider than the column wherever it must. No line ends in a hyphen: text tools (pdftotext)
/// join such a line to the next and drop the hyphen, so a suspended hyphen stays with its conjunction ("wet- en")
/// and an address never breaks after its own hyphens.
/// </summary>
internal static class LineBreaker
{
    private const string UrlBreaks = "/_?&=#";

    /// <param name="text">One line of text (a paragraph or a line of its own).</param>
    /// <param name="width">The printed width of a piece of text.</param>
    /// <param name="column">The column's width.</param>
    public static List<BrokenLine> Wrap(string text, Func<string, double> width, double column)
    {
        var lines = new List<BrokenLine>();
        var line = "";
        foreach (var token in Tokens(text))
        {
            bool url = IsUrl(token);
            var rest = token;
            while (rest.Length > 0)
            {
                var candidate = line.Length == 0 ? rest : line + " " + rest;
                if (width(candidate) <= column)
                {
                    line = candidate;
                    break;
                }
                var prefix = line.Length == 0 ? "" : line + " ";
                int split = url ? UrlHead(rest, prefix, width, column) : 0;
                if (split == 0 && line.Length == 0)
                    split = CharacterHead(rest, width, column);
                if (split > 0)
                {
                    lines.Add(new BrokenLine(prefix + rest[..split], LineEnd.Inside));
                    line = "";
                    rest = rest[split..];
                    continue;
                }
                lines.Add(new BrokenLine(line, LineEnd.Space));
                line = "";
            }
        }
        lines.Add(new BrokenLine(line, LineEnd.End));
        return lines;
    }

    /// <summary>The words a line may break between: a word ending in a hyphen ("wet-", "in-") is kept with the next.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? pending = null;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = pending is null ? word : pending + " " + word;
            if (word.Length > 1 && word.EndsWith('-') && !IsUrl(word))
            {
                pending = token;
                continue;
            }
            pending = null;
            yield return token;
        }
        if (pending is not null)
            yield return pending;
    }

    /// <summary>A token that is (or opens with) a web address: "https://…", "(www.…".</summary>
    private static bool IsUrl(string token)
    {
        var t = token.AsSpan().TrimStart("(«\"[");
        return t.Contains("://", StringComparison.Ordinal) || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The longest start of (the rest of) an address that fits after <paramref name="prefix"/> and ends where it may break; 0 if none.</summary>
    private static int UrlHead(string rest, string prefix, Func<string, double> width, double column)
    {
        int scheme = rest.IndexOf("://", StringComparison.Ordinal);
        int earliest = scheme < 0 ? 1 : scheme + 3;
        for (int end = rest.Length - 1; end >= earliest; end--)
        {
            if (UrlBreaks.Contains(rest[end - 1], StringComparison.Ordinal) && width(prefix + rest[..end]) <= column)
                return end;
        }
        return 0;
    }

    /// <summary>The longest start of a word that fits a whole line (at least one character).</summary>
    private static int CharacterHead(string token, Func<string, double> width, double column)
    {
        int end = token.Length - 1;
        while (end > 1 && width(token[..end]) > column)
            end--;
        return end;
    }
}

/// <summary>How a set line ends: at a space where the text went on (drawn with that space), inside a word or address, or at the text's end.</summary>
internal enum LineEnd { Space, Inside, End }

/// <summary>A line as set, and how it ends.</summary>
internal readonly record struct BrokenLine(string Text, LineEnd End);
