using ParlQA.Archive.Search;
using ParlQA.Model;

namespace ParlQA.Archive;

/// <summary>The links between documents by citation, in the same SQL for both engines (only the parameter mark differs).</summary>
internal static class CitationQueries
{
    /// <summary>The documents that cite <paramref name="document"/> (as Kamerstuk, or as Aanhangsel item).</summary>
    public static (string Sql, (string, object?)[] Parameters) CitedBy(QaDocument document, SqlFilters.Dialect dialect)
    {
        var m = Mark(dialect);
        return ($"""
            SELECT DISTINCT document_id FROM citations
            WHERE document_id <> {m}id AND number = {m}number AND (
                (kind = 'kamerstuk' AND replace(dossier, ' ', '') = replace({m}dossier, ' ', ''))
                OR (kind = 'aanhangsel' AND session = {m}session))
            ORDER BY document_id
            """,
            [(m + "id", document.Id), (m + "number", document.Number), (m + "dossier", document.Dossier ?? ""),
             (m + "session", document.Kind == DocumentKind.WrittenQuestions ? document.Session : null)]);
    }

    /// <summary>The archived document a citation names; the citation must carry a number.</summary>
    public static (string Sql, (string, object?)[] Parameters) Resolve(Citation citation, SqlFilters.Dialect dialect)
    {
        var m = Mark(dialect);
        return ($"""
            SELECT id FROM documents WHERE number = {m}number AND (
                (kind <> 'written-questions' AND {m}kind = 'kamerstuk' AND replace(dossier, ' ', '') = replace({m}dossier, ' ', ''))
                OR (kind = 'written-questions' AND {m}kind = 'aanhangsel' AND replace(session, '–', '-') = replace({m}session, '–', '-')))
            ORDER BY id LIMIT 1
            """,
            [(m + "number", citation.Number), (m + "kind", citation.Kind.ToString().ToLowerInvariant()), (m + "dossier", citation.Dossier ?? ""),
             (m + "session", citation.Session ?? "")]);
    }

    private static string Mark(SqlFilters.Dialect dialect) => dialect == SqlFilters.Dialect.Postgres ? "@" : "$";
}
