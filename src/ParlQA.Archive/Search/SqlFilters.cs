using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>The filters of a query as SQL conditions on documents (d) and questions (q), with parameters.</summary>
internal static class SqlFilters
{
    /// <summary>Where the engines differ: parameter marks, and case-insensitive LIKE.</summary>
    public enum Dialect { Sqlite, Postgres }

    /// <summary>
    /// Facet counts over a set of question ids (the subquery <paramref name="ids"/>, run once and kept): one grouped
    /// query per facet, in the same SQL on both engines. <paramref name="rows"/> joins the set m to its questions (q)
    /// and documents (d); an engine may join its own way.
    /// </summary>
    public static string FacetSql(string ids, string rows = "questions q JOIN documents d ON d.id = q.document_id WHERE q.id IN (SELECT id FROM m)") => $"""
        WITH m(id) AS MATERIALIZED ({ids}), r AS MATERIALIZED (SELECT q.answer_id, d.kind, d.answered_by, d.committee, substr(COALESCE(d.answered_on, d.submitted_on), 1, 4) AS year
            FROM {rows})
        SELECT 'kind', kind, COUNT(*) FROM r GROUP BY kind
        UNION ALL SELECT 'year', year, COUNT(*) FROM r GROUP BY year
        UNION ALL SELECT 'answeredBy', answered_by, COUNT(*) FROM r GROUP BY answered_by
        UNION ALL SELECT 'committee', committee, COUNT(*) FROM r GROUP BY committee
        UNION ALL SELECT 'answered', CASE WHEN answer_id IS NULL THEN 'no' ELSE 'yes' END, COUNT(*) FROM r GROUP BY 2
        """;

    public static List<Facet> ReadFacets(System.Data.Common.DbDataReader reader)
    {
        var facets = new List<Facet>();
        while (reader.Read())
        {
            if (!reader.IsDBNull(1))
                facets.Add(new Facet(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return facets.OrderBy(f => f.Name, StringComparer.Ordinal).ThenByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
    }

    public static void Append(IReadOnlyList<QueryFilter> filters, StringBuilder where, List<(string, object?)> parameters, Dialect dialect)
    {
        string like = dialect == Dialect.Postgres ? "ILIKE" : "LIKE";
        for (int i = 0; i < filters.Count; i++)
        {
            var (key, value) = (filters[i].Key, filters[i].Value);
            var p = (dialect == Dialect.Postgres ? "@f" : "$f") + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            where.Append(key switch
            {
                "kind" => $" AND d.kind = {p}",
                "year" => $" AND substr(COALESCE(d.answered_on, d.submitted_on), 1, 4) = {p}",
                "session" => $" AND replace(d.session, '–', '-') = replace({p}, '–', '-')",
                "dossier" => $" AND replace(d.dossier, ' ', '') = replace({p}, ' ', '')",
                "committee" => $" AND d.committee {like} '%' || {p} || '%'",
                "addressee" => $" AND d.addressees {like} '%' || {p} || '%'",
                "asked" => $" AND d.asked_by {like} '%' || {p} || '%'",
                "answerer" => $" AND d.answered_by {like} '%' || {p} || '%'",
                "answered" => value == "yes" ? " AND q.answer_id IS NOT NULL" : " AND q.answer_id IS NULL",
                "from" => $" AND COALESCE(d.answered_on, d.submitted_on) >= {p}",
                _ => $" AND COALESCE(d.answered_on, d.submitted_on) <= {p}",
            });
            if (key != "answered")
                parameters.Add((p, value));
        }
    }
}
