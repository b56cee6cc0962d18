using System.Globalization;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// The index's own vocabulary: the forms of a stem (the index of forms), how many questions hold a word (through
/// the fts5vocab tables the archive opens per connection), the compounds a word ends, and the words near a misspelt one.
/// </summary>
internal sealed class SqliteVocabulary(SqliteCommands commands)
{
    /// <summary>Most stems ranked for one word's ending: the most frequent compounds that end with it.</summary>
    private const int MaxEndings = 32;

    /// <summary>Most forms of one stem looked for: more than any Dutch word has.</summary>
    private const int MaxForms = 64;

    /// <summary>The vocabulary tables of one connection, created when the archive is opened.</summary>
    public const string CreateTables = """
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search', 'row');
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.parts_vocab USING fts5vocab(main, 'search_parts', 'row');
        """;

    /// <summary>The forms of <paramref name="stem"/> in the index: "informer" → geinformeerd, informeren, informeert.</summary>
    public IReadOnlyList<string> Forms(string stem)
    {
        using var command = commands.Command($"SELECT form FROM word_forms WHERE stem = $stem LIMIT {MaxForms}", null, ("$stem", stem));
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

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

    /// <summary>How many questions hold each word, from the full-text index's own vocabulary.</summary>
    public Dictionary<string, long> WordFrequencies(IReadOnlyCollection<string> words)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (words.Count == 0)
            return counts;
        var list = words.Distinct().ToList();
        var marks = string.Join(", ", list.Select((_, i) => "$t" + i.ToString(CultureInfo.InvariantCulture)));
        using var command = commands.Command($"SELECT term, doc FROM temp.search_vocab WHERE term IN ({marks})", null,
            [.. list.Select((s, i) => ("$t" + i.ToString(CultureInfo.InvariantCulture), (object?)s))]);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>How many questions hold the most common form of each stem: a lower bound of how common the word is.</summary>
    public Dictionary<string, long> StemFrequencies(IReadOnlyList<string> stems)
    {
        var forms = stems.Distinct().ToDictionary(s => s, s => (IReadOnlyList<string>)[s, .. Forms(s)]);
        var counts = WordFrequencies(forms.Values.SelectMany(f => f).ToHashSet());
        return forms.ToDictionary(f => f.Key, f => f.Value.Max(w => counts.GetValueOrDefault(w)));
    }

    /// <summary>Forms in the index that could be <paramref name="word"/> misspelt: the same first letter, a length near it.</summary>
    public IReadOnlyList<string> Near(string word)
    {
        var first = word[..1];
        using var command = commands.Command("""
            SELECT form FROM word_forms WHERE form >= $from AND form < $to AND length(form) BETWEEN $shortest AND $longest
            """, null, ("$from", first), ("$to", first + "\uffff"), ("$shortest", word.Length - DidYouMean.MaxDistance(word)),
            ("$longest", word.Length + DidYouMean.MaxDistance(word)));
        using var reader = command.ExecuteReader();
        return ResultRows.Strings(reader);
    }

    /// <summary>How many questions the index holds (the largest rowid: questions are never renumbered).</summary>
    public long Questions() => Convert.ToInt64(commands.Scalar("SELECT COALESCE(MAX(id), 0) FROM questions", null), CultureInfo.InvariantCulture);
}
