using System.Globalization;
using ParlQA.Model;

namespace ParlQA.Archive.People;

/// <summary>Reads what <see cref="PeopleDirectory"/> counts, with the same SQL from either engine: one row per document.</summary>
public static class PeopleQueries
{
    public static IReadOnlyList<DocumentPeople> Read(ArchiveDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Read<IReadOnlyList<DocumentPeople>>(Read);
    }

    /// <summary>The same on a connection of either engine (the archive's figures count people as the pages do).</summary>
    public static IReadOnlyList<DocumentPeople> Read(System.Data.Common.DbConnection connection) =>
        Sql.Rows(connection, null, """
            SELECT d.id, d.kind, d.subject, d.asked_by, d.answered_by, d.addressees, d.submitted_on, d.answered_on,
                   (SELECT COUNT(*) FROM questions q WHERE q.document_id = d.id)
            FROM documents d
            """, reader =>
            {
                var answeredBy = reader.Text(4);
                IReadOnlyList<string> addressees = reader.Text(5) is { Length: > 0 } a ? a.Split("; ") : [];
                return new DocumentPeople(reader.GetString(0), reader.GetString(1), reader.Text(2), Rows.Members(reader.Text(3)), answeredBy,
                    Answerer.Ministry(answeredBy, addressees), Day(reader.Text(6)), Day(reader.Text(7)), Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture));
            });

    private static DateOnly? Day(string? text) => text is { Length: >= 10 } ? DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
