using System.Text;

namespace ParlQA.Bench.Baselines;

/// <summary>
/// A query as a user typed it, read the way the common engines read one — "phrases", OR / AND / NOT, -word,
/// word*, parentheses; filters (key:value) left out — and written out in each baseline's own syntax, so the
/// baselines get the same query ParlQA gets and never fail on a stray '?' or ':'.
/// </summary>
internal sealed class UserQuery
{
    private enum Kind { Word, Phrase, Operator, Open, Close }

    private sealed record Token(Kind Kind, string Text, bool Prefix = false, bool Negated = false);

    private readonly List<Token> _tokens;

    private UserQuery(List<Token> tokens) => _tokens = tokens;

    public static UserQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c == '(' ? Kind.Open : Kind.Close, c.ToString()));
                i++;
            }
            else if (c == '"' || (c == '-' && i + 1 < text.Length && text[i + 1] == '"'))
            {
                bool negated = c == '-';
                int start = text.IndexOf('"', i) + 1;
                int end = text.IndexOf('"', start);
                end = end < 0 ? text.Length : end;
                var words = Words(text[start..end]);
                if (words.Length > 0)
                    tokens.Add(new Token(Kind.Phrase, words, Negated: negated));
                i = Math.Min(text.Length, end + 1);
            }
            else
            {
                int end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '(' and not ')' and not '"')
                    end++;
                Add(tokens, text[i..end]);
                i = end;
            }
        }
        return new UserQuery(tokens);
    }

    private static void Add(List<Token> tokens, string raw)
    {
        if (raw is "OR" or "AND" or "NOT")
        {
            tokens.Add(new Token(Kind.Operator, raw));
            return;
        }
        if (raw.Contains(':', StringComparison.Ordinal) && raw.IndexOf(':', StringComparison.Ordinal) > 0)
            return; // a filter: the baselines have no document fields
        bool negated = raw.StartsWith('-');
        bool prefix = raw.EndsWith('*');
        var words = Words(raw.Trim('-', '*'));
        if (words.Length > 0)
            tokens.Add(new Token(words.Contains(' ', StringComparison.Ordinal) ? Kind.Phrase : Kind.Word, words, prefix, negated));
    }

    /// <summary>The letters and digits of a stretch of text, as words separated by one space ("regering-Trump" → "regering Trump").</summary>
    private static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        foreach (char c in text)
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>As an FTS5 MATCH expression: every word and phrase quoted, "-word" as NOT (FTS5's NOT is binary:
    /// a leading one is left out).</summary>
    public string ToFts5()
    {
        var parts = new List<string>();
        foreach (var token in _tokens)
        {
            switch (token.Kind)
            {
                case Kind.Word or Kind.Phrase:
                    var quoted = "\"" + token.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (token.Prefix ? "*" : "");
                    parts.Add(token.Negated && parts.Count > 0 ? "NOT " + quoted : quoted);
                    break;
                default:
                    parts.Add(token.Text);
                    break;
            }
        }
        return string.Join(' ', parts);
    }

    /// <summary>In the syntax of Lucene's classic query parser, each word escaped.</summary>
    public string ToLucene()
    {
        var parts = new List<string>();
        foreach (var token in _tokens)
        {
            var sign = token.Negated ? "-" : "";
            parts.Add(token.Kind switch
            {
                Kind.Word => sign + Lucene.Net.QueryParsers.Classic.QueryParserBase.Escape(token.Text) + (token.Prefix ? "*" : ""),
                Kind.Phrase => sign + "\"" + token.Text + "\"",
                _ => token.Text,
            });
        }
        return string.Join(' ', parts);
    }

    /// <summary>Whether anything searchable is left.</summary>
    public bool IsEmpty => !_tokens.Any(t => t.Kind is Kind.Word or Kind.Phrase);
}
