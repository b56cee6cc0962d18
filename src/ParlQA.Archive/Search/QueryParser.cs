using System.Globalization;

namespace ParlQA.Archive.Search;

/// <summary>
/// The archive's query language: words, "phrases", AND / OR / NOT (and -word), prefix*, parentheses, and
/// filters key:value (kind, year, session, dossier, committee, addressee, asked, answerer, answered, from, to),
/// and sort:date (newest first) or sort:relevance. Words side by side must all match (see <see cref="PlainQuery"/>
/// for a question typed in plain words). A malformed query throws <see cref="QueryParseException"/> naming the column.
/// </summary>
public sealed class QueryParser
{
    public static readonly IReadOnlySet<string> FilterKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "kind", "year", "session", "dossier", "committee", "addressee", "asked", "answerer", "answered", "from", "to", "sort",
    };

    private readonly List<Token> _tokens;
    private int _at;

    private QueryParser(List<Token> tokens) => _tokens = tokens;

    public static SearchQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<QueryFilter>();
        var tokens = Tokenize(query, filters);
        var sort = filters.LastOrDefault(f => f.Key == "sort")?.Value == "date" ? SearchSort.Date : SearchSort.Relevance;
        filters.RemoveAll(f => f.Key == "sort");
        if (tokens.Count == 0)
        {
            if (filters.Count == 0)
                throw QueryErrors.Empty();
            return new SearchQuery(null, filters) { Sort = sort };
        }
        CheckSize(tokens);
        var parser = new QueryParser(tokens);
        var node = parser.ParseOr();
        if (parser._at < tokens.Count)
        {
            var extra = tokens[parser._at];
            throw extra.Kind == TokenKind.Close ? QueryErrors.UnopenedParenthesis(extra.Column) : QueryErrors.Unexpected(extra.Text, extra.Column);
        }
        return new SearchQuery(node, filters) { Sort = sort };
    }

    /// <summary>Words and phrases a query may hold, and how deep its parentheses may nest: enough for any real
    /// question, and a bound on the work (and on the full-text engines' own parsers) for a hostile one.</summary>
    public const int MaxTerms = 24, MaxDepth = 8;

    private static void CheckSize(List<Token> tokens)
    {
        int terms = 0, depth = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Phrase && ++terms > MaxTerms)
                throw QueryErrors.TooManyTerms(MaxTerms, token.Column);
            if (token.Kind == TokenKind.Open && ++depth > MaxDepth)
                throw QueryErrors.TooDeep(MaxDepth, token.Column);
            if (token.Kind == TokenKind.Close)
                depth--;
        }
    }

    private QueryNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek(TokenKind.Or) is { } or)
        {
            _at++;
            if (AtEnd || Peek(TokenKind.Close) is not null || Peek(TokenKind.Or) is not null)
                throw QueryErrors.OrWithoutTerm(or.Column);
            left = new OrNode(left, ParseAnd());
        }
        return left;
    }

    private QueryNode ParseAnd()
    {
        QueryNode? left = null;
        while (!AtEnd && Peek(TokenKind.Or) is null && Peek(TokenKind.Close) is null)
        {
            if (Peek(TokenKind.And) is { } and)
            {
                _at++;
                if (left is null || AtEnd || Peek(TokenKind.Or) is not null || Peek(TokenKind.Close) is not null)
                    throw QueryErrors.AndWithoutTerms(and.Column);
                continue;
            }
            if (Peek(TokenKind.Not) is { } not)
            {
                _at++;
                if (left is null)
                    throw QueryErrors.NotWithoutTermBefore(not.Column);
                if (AtEnd || Peek(TokenKind.Or) is not null || Peek(TokenKind.Close) is not null)
                    throw QueryErrors.NotWithoutTermAfter(not.Column);
                left = new NotNode(left, ParsePrimary());
                continue;
            }
            var next = ParsePrimary();
            left = left is null ? next : new AndNode(left, next);
        }
        if (left is null)
        {
            var column = AtEnd ? (_tokens.Count == 0 ? 1 : _tokens[^1].Column) : _tokens[_at].Column;
            throw _at > 0 && _tokens[_at - 1].Kind == TokenKind.Or ? QueryErrors.OrWithoutTerm(column) : QueryErrors.ExpectedTerm(column);
        }
        return left;
    }

    private QueryNode ParsePrimary()
    {
        var token = _tokens[_at++];
        switch (token.Kind)
        {
            case TokenKind.Word:
                return new TermNode(token.Text, token.Prefix);
            case TokenKind.Phrase:
                return new PhraseNode(token.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) { Quoted = token.Quoted };
            case TokenKind.Open:
                var inner = ParseOr();
                if (Peek(TokenKind.Close) is null)
                    throw QueryErrors.UnclosedParenthesis(token.Column);
                _at++;
                return inner;
            default:
                throw QueryErrors.Unexpected(token.Text, token.Column);
        }
    }

    private bool AtEnd => _at >= _tokens.Count;

    private Token? Peek(TokenKind kind) => !AtEnd && _tokens[_at].Kind == kind ? _tokens[_at] : null;

    private enum TokenKind { Word, Phrase, And, Or, Not, Open, Close }

    private sealed record Token(TokenKind Kind, string Text, int Column, bool Prefix = false, bool Quoted = true);

    private static List<Token> Tokenize(string query, List<QueryFilter> filters)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < query.Length)
        {
            char c = query[i];
            int column = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new Token(c == '(' ? TokenKind.Open : TokenKind.Close, c.ToString(), column));
                i++;
            }
            else if (c == '"')
            {
                var (text, end) = ReadQuoted(query, i);
                if (DutchTerms.Words(text).Any())
                    tokens.Add(new Token(TokenKind.Phrase, string.Join(' ', DutchTerms.Words(text)), column));
                i = end;
            }
            else if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && (tokens.Count > 0 || filters.Count > 0))
            {
                tokens.Add(new Token(TokenKind.Not, "-", column));
                i++;
            }
            else
            {
                int start = i;
                while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"'))
                    i++;
                var word = query[start..i];
                int colon = word.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    var key = word[..colon];
                    if (!FilterKeys.Contains(key))
                        throw QueryErrors.UnknownFilter(key, FilterKeys.Order(StringComparer.Ordinal), column);
                    string value = word[(colon + 1)..];
                    if (value.Length == 0 && i < query.Length && query[i] == '"')
                        (value, i) = ReadQuoted(query, i);
                    filters.Add(ValidFilter(key.ToLowerInvariant(), value, column));
                    continue;
                }
                var kind = word switch { "AND" => TokenKind.And, "OR" => TokenKind.Or, "NOT" => TokenKind.Not, _ => TokenKind.Word };
                if (kind != TokenKind.Word)
                {
                    tokens.Add(new Token(kind, word, column));
                    continue;
                }
                bool prefix = word.EndsWith('*');
                var folded = DutchTerms.Words(word.TrimEnd('*')).ToList();
                if (folded.Count == 1)
                    tokens.Add(new Token(TokenKind.Word, folded[0], column, prefix));
                else if (folded.Count > 1)
                    tokens.Add(new Token(TokenKind.Phrase, string.Join(' ', folded), column, Quoted: false));
            }
        }
        return tokens;
    }

    private static (string Text, int End) ReadQuoted(string query, int open)
    {
        int close = query.IndexOf('"', open + 1);
        if (close < 0)
            throw QueryErrors.UnclosedQuote(open + 1);
        return (query[(open + 1)..close], close + 1);
    }

    private static QueryFilter ValidFilter(string key, string value, int column)
    {
        if (value.Length == 0)
            throw QueryErrors.FilterWithoutValue(key, column);
        switch (key)
        {
            case "year" when !(value.Length == 4 && value.All(char.IsAsciiDigit)):
                throw QueryErrors.NotAYear(value, column);
            case "sort" when value is not ("date" or "relevance"):
                throw QueryErrors.NotASort(value, column);
            case "answered" when value is not ("yes" or "no"):
                throw QueryErrors.NotYesOrNo(value, column);
            case "from" or "to" when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                throw QueryErrors.NotADate(key, value, column);
        }
        return new QueryFilter(key, value);
    }
}
