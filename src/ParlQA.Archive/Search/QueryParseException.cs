namespace ParlQA.Archive.Search;

/// <summary>A search query that cannot be understood, with the 1-based column where the trouble is.</summary>
public sealed class QueryParseException(string message, int column) : Exception($"{message} at column {column}")
{
    public int Column { get; } = column;
}
