using Microsoft.Data.Sqlite;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Fills the full-text tables again from the stored question and answer texts, when a migration has replaced
/// them (and left a row in <c>search_rebuild</c>): the index holds stems made in code, which SQL cannot make.
/// One transaction, so a crash leaves the rebuild pending rather than half done.
/// </summary>
internal static class SearchIndexRebuild
{
    public static void IfPending(SqliteConnection connection)
    {
        using (var pending = connection.CreateCommand())
        {
            pending.CommandText = "SELECT EXISTS (SELECT 1 FROM search_rebuild)";
            if (Convert.ToInt64(pending.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                return;
        }
        using var transaction = connection.BeginTransaction();
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT id, text, COALESCE(answer_text, '') FROM questions ORDER BY id";
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = IndexEntry.Insert;
        var row = insert.Parameters.Add("$row", SqliteType.Integer);
        var (q, a, qr, ar) = (insert.Parameters.Add("$q", SqliteType.Text), insert.Parameters.Add("$a", SqliteType.Text),
            insert.Parameters.Add("$qr", SqliteType.Text), insert.Parameters.Add("$ar", SqliteType.Text));
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var entry = IndexEntry.Of(reader.GetString(1), DutchTerms.IndexTexts(reader.GetString(2)));
                row.Value = reader.GetInt64(0);
                (q.Value, a.Value, qr.Value, ar.Value) = (entry.QuestionStems, entry.AnswerStems, entry.QuestionReversed, entry.AnswerReversed);
                insert.ExecuteNonQuery();
            }
        }
        using var done = connection.CreateCommand();
        done.Transaction = transaction;
        done.CommandText = "DELETE FROM search_rebuild";
        done.ExecuteNonQuery();
        transaction.Commit();
    }
}
