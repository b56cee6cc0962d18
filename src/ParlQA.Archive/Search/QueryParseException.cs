namespace ParlQA.Archive.Search;

/// <summary>
/// A search query that cannot be understood, with the 1-based column where the trouble is. <see cref="Code"/> and
/// <see cref="Args"/> say what is wrong for a page to put in its own language; the message is the English text
/// the API and CLI show. Made by <see cref="QueryErrors"/>.
/// </summary>
public sealed class QueryParseException : Exception
{
    public QueryParseException(string code, IReadOnlyList<string> args, string message, int column)
        : base($"{message} at column {column}")
    {
        Code = code;
        Args = args;
        Column = column;
    }

    public int Column { get; }

    /// <summary>What is wrong, stable for translations and tests: "unclosed-quote", "unknown-filter", … (see <see cref="QueryErrors"/>).</summary>
    public string Code { get; }

    /// <summary>The values the message names, in its order: a filter's key, a wrong value, a limit.</summary>
    public IReadOnlyList<string> Args { get; }
}
