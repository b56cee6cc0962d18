using System.Text;

namespace ParlQA.Archive.Search;

/// <summary>The filters of a query as SQL conditions on documents (d) and questions (q), with parameters.</summary>
internal static class SqlFilters
{
    public static void Append(IReadOnlyList<QueryFilter> filters, StringBuilder where, List<(string, object?)> parameters)
    {
        for (int i = 0; i < filters.Count; i++)
        {
            var (key, value) = (filters[i].Key, filters[i].Value);
            var p = "$f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            where.Append(key switch
            {
                "kind" => $" AND d.kind = {p}",
                "year" => $" AND substr(COALESCE(d.answered_on, d.submitted_on), 1, 4) = {p}",
                "session" => $" AND replace(d.session, '–', '-') = replace({p}, '–', '-')",
                "dossier" => $" AND replace(d.dossier, ' ', '') = replace({p}, ' ', '')",
                "committee" => $" AND d.committee LIKE '%' || {p} || '%'",
                "addressee" => $" AND d.addressees LIKE '%' || {p} || '%'",
                "asked" => $" AND d.asked_by LIKE '%' || {p} || '%'",
                "answered" => value == "yes" ? " AND q.answer_id IS NOT NULL" : " AND q.answer_id IS NULL",
                "from" => $" AND COALESCE(d.answered_on, d.submitted_on) >= {p}",
                _ => $" AND COALESCE(d.answered_on, d.submitted_on) <= {p}",
            });
            if (key != "answered")
                parameters.Add((p, value));
        }
    }
}
