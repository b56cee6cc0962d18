namespace ParlQA.Relevance;

/// <summary>A search engine under measurement: the best <c>limit</c> questions for a query as a user typed it.</summary>
public interface ISearchSystem
{
    /// <summary>Short name for reports: "ParlQA (SQLite)", "plain FTS5", "Lucene.Net".</summary>
    string Name { get; }

    /// <summary>The ranked hits, best first; a query the system cannot take gives none (as a user would see).</summary>
    IReadOnlyList<HitId> Search(string query, int limit);
}
