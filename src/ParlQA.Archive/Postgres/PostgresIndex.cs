using Npgsql;
using ParlQA.Archive.Search;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// The search index of the PostgreSQL archive: one weighted tsvector per question (A question words, B answer words,
/// C and D their reversed stems), made from texts in code (<see cref="DutchTerms.IndexTexts"/>), and the index of forms.
/// </summary>
internal static class PostgresIndex
{
    /// <summary>The tsvector of a question from its index texts (@q, @a, @qr, @ar; see <see cref="Texts"/>).</summary>
    public static readonly string Vector = VectorOf("@q", "@a", "@qr", "@ar");

    /// <summary>The tsvector of a question from the SQL of its index texts: the question's words (weight A), the answer's
    /// (B), and their reversed stems (C, D).</summary>
    public static string VectorOf(string q, string a, string qr, string ar) =>
        $"setweight(to_tsvector('simple', {q}), 'A') || setweight(to_tsvector('simple', {a}), 'B') || " +
        $"setweight(to_tsvector('simple', {qr}), 'C') || setweight(to_tsvector('simple', {ar}), 'D')";

    /// <summary>
    /// What starts every reversed stem in a vector: the parts of compounds are lexemes of their own ("0daar", the "raad"
    /// of "gemeenteraad"), apart from the words ("daar"), so a query says which it means by the lexeme alone. A query
    /// that named them by weight (C, D) made PostgreSQL read every matching row's vector again (a GIN index does not
    /// hold weights). A folded word starts with "0" only when it is a number written so ("070"), never searched as a compound.
    /// </summary>
    public const string PartMarker = "0";

    /// <summary>The index texts of a question and its answer (@q, @a, @qr, @ar): their folded words, and their reversed
    /// stems each marked with <see cref="PartMarker"/>.</summary>
    public static (string Q, string A, string Qr, string Ar) Texts(string question, string answer, WordForms forms)
    {
        var (q, qr) = DutchTerms.IndexTexts(question, forms);
        var (a, ar) = DutchTerms.IndexTexts(answer, forms);
        return (q, a, Marked(qr), Marked(ar));
    }

    private static string Marked(string reversed) =>
        reversed.Length == 0 ? reversed : PartMarker + reversed.Replace(" ", " " + PartMarker, StringComparison.Ordinal);

    public static void WriteForms(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(string Form, string Stem)> forms)
    {
        if (forms.Count == 0)
            return;
        using var command = new NpgsqlCommand("INSERT INTO word_forms (form, stem) SELECT * FROM unnest(@forms, @stems) ON CONFLICT DO NOTHING", connection, transaction);
        command.Parameters.AddWithValue("forms", forms.Select(f => f.Form).ToArray());
        command.Parameters.AddWithValue("stems", forms.Select(f => f.Stem).ToArray());
        command.ExecuteNonQuery();
    }

    /// <summary>Makes every question's vector again, and the index of forms, when a migration asked for it
    /// (a row in <c>search_rebuild</c>); one transaction, so a crash leaves the rebuild pending.</summary>
    public static void RebuildIfPending(NpgsqlConnection connection)
    {
        using (var pending = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM search_rebuild)", connection))
        {
            if (pending.ExecuteScalar() is not true)
                return;
        }
        using var transaction = connection.BeginTransaction();
        var rows = new List<(long Id, string Question, string Answer)>();
        using (var read = new NpgsqlCommand("SELECT id, text, COALESCE(answer_text, '') FROM questions ORDER BY id", connection, transaction))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        var forms = new WordForms();
        using (var update = new NpgsqlCommand($"UPDATE questions SET search = {Vector} WHERE id = @id", connection, transaction))
        {
            var (id, q, a, qr, ar) = (update.Parameters.Add("id", NpgsqlTypes.NpgsqlDbType.Bigint), update.Parameters.Add("q", NpgsqlTypes.NpgsqlDbType.Text),
                update.Parameters.Add("a", NpgsqlTypes.NpgsqlDbType.Text), update.Parameters.Add("qr", NpgsqlTypes.NpgsqlDbType.Text), update.Parameters.Add("ar", NpgsqlTypes.NpgsqlDbType.Text));
            foreach (var row in rows)
            {
                id.Value = row.Id;
                (q.Value, a.Value, qr.Value, ar.Value) = Texts(row.Question, row.Answer, forms);
                update.ExecuteNonQuery();
            }
        }
        WriteForms(connection, transaction, forms.TakeNew());
        using (var done = new NpgsqlCommand("DELETE FROM search_rebuild", connection, transaction))
            done.ExecuteNonQuery();
        transaction.Commit();
    }
}
