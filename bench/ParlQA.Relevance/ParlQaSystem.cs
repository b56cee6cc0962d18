using ParlQA.Archive;
using ParlQA.Archive.Search;

namespace ParlQA.Relevance;

/// <summary>ParlQA's own search, as the CLI and the API run it: the query language, then the archive's ranking.</summary>
public sealed class ParlQaSystem(IArchive archive, string name) : ISearchSystem
{
    public string Name => name;

    public IReadOnlyList<HitId> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(archive);
        SearchQuery parsed;
        try
        {
            parsed = QueryParser.Parse(query);
        }
        catch (QueryParseException)
        {
            return [];
        }
        return [.. archive.Search(parsed, limit, 0, facets: false).Hits.Select(h => new HitId(h.DocumentId, h.QuestionId))];
    }
}
