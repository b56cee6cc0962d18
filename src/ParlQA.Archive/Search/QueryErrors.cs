using System.Globalization;

namespace ParlQA.Archive.Search;

/// <summary>Every way a query can be malformed, in one place: the code and values a page translates, and the English message.</summary>
public static class QueryErrors
{
    public static QueryParseException Empty() =>
        new("empty", [], "empty query: give words, a \"phrase\" or a filter such as kind:question-list", 1);

    public static QueryParseException UnopenedParenthesis(int column) =>
        new("unopened-parenthesis", [], "unbalanced parenthesis: ')' without '('", column);

    public static QueryParseException UnclosedParenthesis(int column) =>
        new("unclosed-parenthesis", [], "unbalanced parenthesis: '(' is not closed", column);

    public static QueryParseException Unexpected(string text, int column) =>
        new("unexpected", [text], $"unexpected '{text}'", column);

    public static QueryParseException TooManyTerms(int max, int column) =>
        new("too-many-terms", [N(max)], $"too many terms: at most {N(max)} words and phrases", column);

    public static QueryParseException TooDeep(int max, int column) =>
        new("too-deep", [N(max)], $"parentheses nested too deep: at most {N(max)} levels", column);

    public static QueryParseException OrWithoutTerm(int column) =>
        new("or-without-term", [], "OR needs a term after it", column);

    public static QueryParseException AndWithoutTerms(int column) =>
        new("and-without-terms", [], "AND needs a term on both sides", column);

    public static QueryParseException NotWithoutTermBefore(int column) =>
        new("not-without-term-before", [], "NOT needs a term before it (search for something, then exclude)", column);

    public static QueryParseException NotWithoutTermAfter(int column) =>
        new("not-without-term-after", [], "NOT needs a term after it", column);

    public static QueryParseException ExpectedTerm(int column) =>
        new("expected-term", [], "expected a word or a \"phrase\"", column);

    public static QueryParseException UnknownFilter(string key, IEnumerable<string> known, int column)
    {
        var list = string.Join(", ", known);
        return new("unknown-filter", [key, list], $"unknown filter '{key}:' (known: {list})", column);
    }

    public static QueryParseException UnclosedQuote(int column) =>
        new("unclosed-quote", [], "unbalanced quote: '\"' is not closed", column);

    public static QueryParseException FilterWithoutValue(string key, int column) =>
        new("filter-without-value", [key], $"filter '{key}:' needs a value", column);

    public static QueryParseException NotAYear(string value, int column) =>
        new("not-a-year", [value], $"year:{value} is not a year (write year:2020)", column);

    public static QueryParseException NotASort(string value, int column) =>
        new("not-a-sort", [value], $"sort:{value} must be sort:date or sort:relevance", column);

    public static QueryParseException NotYesOrNo(string value, int column) =>
        new("not-yes-or-no", [value], $"answered:{value} must be answered:yes or answered:no", column);

    public static QueryParseException NotADate(string key, string value, int column) =>
        new("not-a-date", [key, value], $"{key}:{value} is not a date (write {key}:2020-06-17)", column);

    /// <summary>Words where a list takes only filters (the document list).</summary>
    public static QueryParseException OnlyFilters() =>
        new("only-filters", [], "only filters (such as year:2020 kind:question-list) can narrow the document list", 1);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
