using Npgsql;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// The forms the index holds of a search's stems, asked for all its words in one statement when the search starts
/// (each word used to be asked for once per match level it was written at, four statements for one word), and kept
/// for the rest of the search; a word met later (a "did you mean" correction) is asked for on its own.
/// </summary>
internal sealed class SearchForms
{
    /// <summary>Most forms of one stem a query names (in the order of the index on (stem, form)).</summary>
    private const int MostForms = 64;

    private readonly NpgsqlConnection _connection;
    private readonly Dictionary<string, IReadOnlyList<string>> _known = new(StringComparer.Ordinal);

    private SearchForms(NpgsqlConnection connection) => _connection = connection;

    /// <summary>The forms of the stems of <paramref name="text"/>'s words, read in the same round trip as
    /// <paramref name="before"/> (statements whose results are not read, such as the search's planner settings).</summary>
    public static SearchForms Read(NpgsqlConnection connection, QueryNode text, params string[] before)
    {
        var forms = new SearchForms(connection);
        var stems = QueryTree.Leaves(text).SelectMany(Words).Select(DutchTerms.Stem).Distinct(StringComparer.Ordinal).ToArray();
        using var batch = new NpgsqlBatch(connection);
        foreach (var statement in before)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        var read = new NpgsqlBatchCommand("SELECT stem, form FROM word_forms WHERE stem = ANY(@stems) ORDER BY stem, form");
        read.Parameters.AddWithValue("stems", stems);
        batch.BatchCommands.Add(read);
        using var reader = batch.ExecuteReader();
        var found = stems.ToDictionary(s => s, _ => new List<string>(), StringComparer.Ordinal);
        while (reader.Read())
        {
            var list = found[reader.GetString(0)];
            if (list.Count < MostForms)
                list.Add(reader.GetString(1));
        }
        foreach (var (stem, list) in found)
            forms._known[stem] = list;
        return forms;
    }

    /// <summary>The forms of <paramref name="stem"/> the index holds (the function <see cref="TsQuery"/> asks).</summary>
    public IReadOnlyList<string> Of(string stem)
    {
        if (_known.TryGetValue(stem, out var forms))
            return forms;
        using var command = new NpgsqlCommand($"SELECT form FROM word_forms WHERE stem = @stem ORDER BY form LIMIT {MostForms}", _connection);
        command.Parameters.AddWithValue("stem", stem);
        using var reader = command.ExecuteReader();
        return _known[stem] = ResultRows.Strings(reader);
    }

    /// <summary>The words of a leaf whose forms a query may name: a word (not "word*"), or the words of a phrase typed
    /// without quotes (a plain query takes them as words).</summary>
    private static IEnumerable<string> Words(QueryNode leaf) => leaf switch
    {
        TermNode { Prefix: false } t => [t.Word],
        PhraseNode { Quoted: false } p => p.Words,
        _ => [],
    };
}
