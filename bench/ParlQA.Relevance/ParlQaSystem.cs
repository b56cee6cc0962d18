using ParlQA.Archive;
using ParlQA.Archive.Search;

namespace ParlQA.Relevance;

/// <summary>ParlQA's own search, as the CLI and the API run it: the query language, then the archive's ranking.</summary>
public sealed class ParlQaSystem(IArchive archive, string name) : ISearchSystem
{
    private readonly IArchive _archive = archive ?? throw new ArgumentNullException(nameof(archive));

    public string Name => name;

    public IReadOnlyList<HitId> Search(string query, int limit)
    {
        SearchQuery parsed;
        try
        {
            parsed = QueryParser.Parse(query);
        }
        catch (QueryParseException)
        {
            return [];
        }
        return [.. _archive.Search(parsed, limit, 0, facets: false).Hits.Select(h => new HitId(h.DocumentId, h.QuestionId))];
    }
}
