using Microsoft.Data.Sqlite;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Sqlite;

/// <summary>
/// Fills the full-text tables and the index of forms again from the stored question and answer texts, when a
/// migration has replaced them (and left a row in <c>search_rebuild</c>): the index holds words and stems made in
/// code, which SQL cannot make. One transaction, so a crash leaves the rebuild pending rather than half done.
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
        var forms = new WordForms();
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var entry = IndexEntry.Of(reader.GetString(1), DutchTerms.IndexTexts(reader.GetString(2), forms), forms);
                row.Value = reader.GetInt64(0);
                (q.Value, a.Value, qr.Value, ar.Value) = (entry.QuestionWords, entry.AnswerWords, entry.QuestionReversed, entry.AnswerReversed);
                insert.ExecuteNonQuery();
            }
        }
        // The forms after the index rows: these inserts would make FTS5 write out what it holds in memory.
        using var insertForm = connection.CreateCommand();
        insertForm.Transaction = transaction;
        insertForm.CommandText = IndexEntry.InsertForm;
        var (form, stem) = (insertForm.Parameters.Add("$form", SqliteType.Text), insertForm.Parameters.Add("$stem", SqliteType.Text));
        foreach (var (newForm, newStem) in forms.TakeNew())
        {
            (form.Value, stem.Value) = (newForm, newStem);
            insertForm.ExecuteNonQuery();
        }
        using var done = connection.CreateCommand();
        done.Transaction = transaction;
        done.CommandText = "DELETE FROM search_rebuild";
        done.ExecuteNonQuery();
        transaction.Commit();
    }
}
