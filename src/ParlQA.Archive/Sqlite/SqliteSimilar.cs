using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Similar questions in the SQLite archive: the rarest telling stems of a text (each may begin a word), joined by
/// OR and ranked by BM25 on the question column alone, inside the index before the join.
/// </summary>
internal sealed class SqliteSimilar(SqliteCommands commands, SqliteVocabulary vocabulary)
{
    public IReadOnlyList<SearchHit> Similar(string text, int limit, (string DocumentId, string QuestionId)? exclude)
    {
        ArgumentNullException.ThrowIfNull(text);
        var telling = SimilarQuery.TellingStems(text);
        if (telling.Count == 0)
            return [];
        long questions = vocabulary.Questions();
        var frequencies = vocabulary.StemFrequencies(telling);
        var match = AnyQuestionWordStarting(SimilarQuery.Rarest(telling, s => frequencies.GetValueOrDefault(s), questions));
        var stems = SimilarQuery.Stems(text);
        // Ranked inside the index, joined only for the page: the question left out is at most one row more.
        using var command = commands.Command($"""
            SELECT q.document_id, q.question_id, r.score, {ResultRows.HitColumns}
            FROM (SELECT rowid AS id, bm25(search, 1.0, 0.0) AS score FROM search WHERE search MATCH $match ORDER BY score LIMIT $limit + 1) r
            JOIN questions q ON q.id = r.id JOIN documents d ON d.id = q.document_id
            WHERE NOT (q.document_id = $doc AND q.question_id = $qid)
            ORDER BY r.score LIMIT $limit
            """, null, ("$match", match), ("$doc", exclude?.DocumentId ?? ""), ("$qid", exclude?.QuestionId ?? ""), ("$limit", limit));
        using var reader = command.ExecuteReader();
        return ResultRows.Hits(reader, HitMarker.ForStems(stems), negate: true);
    }

    /// <summary>The FTS5 expression for questions holding any of these stems (each may begin a word).</summary>
    private static string AnyQuestionWordStarting(IReadOnlyCollection<string> stems) =>
        "{q} : (" + string.Join(" OR ", stems.Select(s => "\"" + s + "\"*")) + ")";
}
