using ParlQA.Archive.Search;

namespace ParlQA.Archive.Tests;

/// <summary>The query language, and a table of malformed queries with their exact message.</summary>
public sealed class QueryParserTests
{
    [Fact]
    public void Parse_WordsPhrasesOperatorsAndFilters()
    {
        var query = QueryParser.Parse("Tibet \"politieke gevangenen\" OR mensenrecht* -Xinjiang kind:question-list year:2020");

        Assert.Equal([new QueryFilter("kind", "question-list"), new QueryFilter("year", "2020")], query.Filters);
        var or = Assert.IsType<OrNode>(query.Text);
        var and = Assert.IsType<AndNode>(or.Left);
        Assert.Equal(new TermNode("tibet", false), and.Left);
        Assert.Equal(["politieke", "gevangenen"], Assert.IsType<PhraseNode>(and.Right).Words);
        Assert.Equal(new NotNode(new TermNode("mensenrecht", true), new TermNode("xinjiang", false)), or.Right);
    }

    [Theory]
    [InlineData("Tibet sort:date", SearchSort.Date)]
    [InlineData("sort:date Tibet sort:relevance", SearchSort.Relevance)]
    [InlineData("Tibet", SearchSort.Relevance)]
    public void Parse_Sort_IsTheOrderNotAFilter(string text, SearchSort sort)
    {
        var query = QueryParser.Parse(text);

        Assert.Equal(sort, query.Sort);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("", "empty query: give words, a \"phrase\" or a filter such as kind:question-list at column 1")]
    [InlineData("Tibet \"open", "unbalanced quote: '\"' is not closed at column 7")]
    [InlineData("(Tibet OR China", "unbalanced parenthesis: '(' is not closed at column 1")]
    [InlineData("Tibet)", "unbalanced parenthesis: ')' without '(' at column 6")]
    [InlineData("Tibet OR", "OR needs a term after it at column 7")]
    [InlineData("NOT Tibet", "NOT needs a term before it (search for something, then exclude) at column 1")]
    [InlineData("foo:bar", "unknown filter 'foo:' (known: addressee, answered, answerer, asked, committee, dossier, from, kind, session, sort, to, year) at column 1")]
    [InlineData("year:twintig", "year:twintig is not a year (write year:2020) at column 1")]
    [InlineData("answered:misschien", "answered:misschien must be answered:yes or answered:no at column 1")]
    [InlineData("Tibet from:17-06-2020", "from:17-06-2020 is not a date (write from:2020-06-17) at column 7")]
    [InlineData("a b c d e f g h i j k l m n o p q r s t u v w x y", "too many terms: at most 24 words and phrases at column 49")]
    [InlineData("(((((((((Tibet)))))))))", "parentheses nested too deep: at most 8 levels at column 9")]
    [InlineData("Tibet sort:oud", "sort:oud must be sort:date or sort:relevance at column 7")]
    public void Parse_MalformedQuery_SaysWhatAndWhere(string query, string message)
    {
        var error = Assert.Throws<QueryParseException>(() => QueryParser.Parse(query));

        Assert.Equal(message, error.Message);
    }
}
