using System.Globalization;
using System.Text;
using ParlQA.Archive.Search;

namespace ParlQA.Archive;

/// <summary>One document as a list shows it: what it is, who answered, when, how many questions.</summary>
public sealed record DocumentSummary(string Id, string Kind, string? Subject, string? AnsweredBy, DateOnly? Date, int Questions);

/// <summary>A page of documents, newest first, and the cursor for the next page (null on the last).</summary>
public sealed record DocumentPage(IReadOnlyList<DocumentSummary> Items, string? NextCursor);

/// <summary>
/// The document list both engines run with the same SQL: newest first by (date, id), paged by a cursor (keyset
/// paging), so a page costs the same however deep it is and a document added meanwhile does not shift the pages.
/// </summary>
internal static class DocumentListing
{
    public static (string Sql, List<(string, object?)> Parameters) Build(IReadOnlyList<QueryFilter> filters, int limit, string? cursor, SqlFilters.Dialect dialect)
    {
        string mark = dialect == SqlFilters.Dialect.Postgres ? "@" : "$";
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object?)>();
        // "answered:" is about questions; for documents it means "has answers".
        var documentFilters = filters.Where(f => f.Key != "answered").ToList();
        SqlFilters.Append(documentFilters, where, parameters, dialect);
        if (filters.FirstOrDefault(f => f.Key == "answered") is { } answered)
            where.Append(answered.Value == "yes" ? " AND d.answered_on IS NOT NULL" : " AND d.answered_on IS NULL");
        if (Decode(cursor) is var (date, id))
        {
            where.Append(" AND (COALESCE(d.answered_on, d.submitted_on, ''), d.id) < (" + mark + "after_date, " + mark + "after_id)");
            parameters.Add((mark + "after_date", date));
            parameters.Add((mark + "after_id", id));
        }
        parameters.Add((mark + "limit", limit + 1));
        var sql = $"""
            SELECT d.id, d.kind, d.subject, d.answered_by, COALESCE(d.answered_on, d.submitted_on, ''),
                   (SELECT COUNT(*) FROM questions q WHERE q.document_id = d.id)
            FROM documents d WHERE {where}
            ORDER BY COALESCE(d.answered_on, d.submitted_on, '') DESC, d.id DESC LIMIT {mark}limit
            """;
        return (sql, parameters);
    }

    /// <summary>Reads up to <paramref name="limit"/> rows; the one row more, when there, means there is a next page.</summary>
    public static DocumentPage Read(System.Data.Common.DbDataReader reader, int limit)
    {
        var items = new List<DocumentSummary>();
        bool more = false;
        while (reader.Read())
        {
            if (items.Count == limit)
            {
                more = true;
                break;
            }
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            var date = Text(4) is { Length: > 0 } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : (DateOnly?)null;
            items.Add(new DocumentSummary(reader.GetString(0), reader.GetString(1), Text(2), Text(3), date,
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }
        var last = items.LastOrDefault();
        return new DocumentPage(items, more && last is not null ? Encode(Rows.Date(last.Date) ?? "", last.Id) : null);
    }

    /// <summary>An opaque cursor: the last row's (date, id), base64url.</summary>
    private static string Encode(string date, string id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(date + "|" + id)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The (date, id) a cursor stands for; a cursor that is not one of ours is refused.</summary>
    private static (string Date, string Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
            return null;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
            var parts = text.Split('|', 2);
            if (parts.Length == 2 && parts[1].Length > 0)
                return (parts[0], parts[1]);
        }
        catch (FormatException)
        {
        }
        throw new InvalidCursorException();
    }
}

/// <summary>A paging cursor that the archive did not hand out.</summary>
public sealed class InvalidCursorException() : Exception("invalid cursor: pass the nextCursor of an earlier page unchanged");
