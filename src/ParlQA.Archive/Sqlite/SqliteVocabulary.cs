using System.Globalization;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The index's own vocabulary (terms and how many questions hold them, through the fts5vocab tables the archive
/// opens per connection): the compounds a word ends, and how common a stem is.
/// </summary>
internal sealed class SqliteVocabulary(SqliteCommands commands)
{
    /// <summary>Most stems ranked for one word's ending: the most frequent compounds that end with it.</summary>
    private const int MaxEndings = 32;

    /// <summary>The vocabulary tables of one connection, created when the archive is opened.</summary>
    public const string CreateTables = """
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search', 'row');
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.parts_vocab USING fts5vocab(main, 'search_parts', 'row');
        """;

    /// <summary>The stems in the archive that end with <paramref name="stem"/> (and are longer), most frequent first,
    /// from the vocabulary of the reversed stems: there they are the terms that start with the reversed stem.</summary>
    public IReadOnlyList<string> Endings(string stem)
    {
        var reversed = DutchTerms.Reverse(stem);
        using var command = commands.Command($"""
            SELECT term FROM temp.parts_vocab WHERE term > $from AND term < $to ORDER BY doc DESC LIMIT {MaxEndings}
            """, null, ("$from", reversed), ("$to", reversed + "\uffff"));
        using var reader = command.ExecuteReader();
        var endings = new List<string>();
        while (reader.Read())
            endings.Add(DutchTerms.Reverse(reader.GetString(0)));
        return endings;
    }

    /// <summary>How many questions hold each stem, from the full-text index's own vocabulary.</summary>
    public Dictionary<string, long> DocumentFrequencies(IReadOnlyList<string> stems)
    {
        var marks = string.Join(", ", stems.Select((_, i) => "$t" + i.ToString(CultureInfo.InvariantCulture)));
        using var command = commands.Command($"SELECT term, doc FROM temp.search_vocab WHERE term IN ({marks})", null,
            [.. stems.Select((s, i) => ("$t" + i.ToString(CultureInfo.InvariantCulture), (object?)s))]);
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
