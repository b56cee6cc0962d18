using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>The filters of a query as SQL conditions on documents (d) and questions (q), with parameters.</summary>
internal static class SqlFilters
{
    /// <summary>Where the engines differ: parameter marks, and case-insensitive LIKE.</summary>
    public enum Dialect { Sqlite, Postgres }

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
                "answered" => value == "yes" ? " AND q.answer_id IS NOT NULL" : " AND q.answer_id IS NULL",
                "from" => $" AND COALESCE(d.answered_on, d.submitted_on) >= {p}",
                _ => $" AND COALESCE(d.answered_on, d.submitted_on) <= {p}",
            });
            if (key != "answered")
                parameters.Add((p, value));
        }
    }
}
