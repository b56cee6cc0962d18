using Npgsql;
using ParlQA.Archive.Search;
using ParlQA.Archive.Versions;
using ParlQA.Model;

namespace ParlQA.Archive.Postgres;

/// <summary>
/// Writes documents into the PostgreSQL archive, a batch in one transaction. What a batch holds is read in one
/// statement (the stored JSON of all its documents, their rows locked in the order of their ids, so that two servers
/// storing the same documents take turns); its new documents are written together (<see cref="NewRows"/>: one
/// INSERT per table, the statements of many documents in one round trip); a document that replaces one is written
/// on its own, its commitments' marks and the version it replaces kept (<see cref="VersionRows"/>).
/// </summary>
internal sealed class PostgresStore
{
    /// <summary>The forms of words this archive has written to its index of forms (or found there).</summary>
    private readonly WordForms _forms = new();

    public IReadOnlyList<StoreOutcome> Store(NpgsqlConnection connection, IReadOnlyList<QaDocument> documents, Actor by) =>
        InTransaction(connection, transaction =>
        {
            var stored = StoredJson(connection, documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToArray());
            var rows = new NewRows(_forms, by);
            var outcomes = new List<StoreOutcome>(documents.Count);
            foreach (var document in documents)
            {
                var json = QaJson.Serialize(document, indented: false);
                if (!stored.TryGetValue(document.Id, out var existing))
                {
                    rows.Add(document, json);
                    outcomes.Add(StoreOutcome.New);
                }
                else if (existing == json)
                {
                    outcomes.Add(StoreOutcome.Unchanged);
                }
                else
                {
                    // The one it replaces may be among the rows not yet written.
                    rows.Write(connection);
                    outcomes.Add(StoreOne(document, connection, transaction, by));
                }
                stored[document.Id] = json;
                if (rows.Full)
                    rows.Write(connection);
            }
            rows.Write(connection);
            return outcomes;
        });

    /// <summary>Makes version <paramref name="version"/> current again, as a new version.</summary>
    public StoreOutcome Restore(NpgsqlConnection connection, string id, int version, Actor by, string? reason) =>
        InTransaction(connection, transaction =>
        {
            var json = VersionRows.Json(connection, transaction, id, version)
                ?? throw new ArchiveException($"{id} has no version {version} to restore (parlqa history {id} lists them)");
            return StoreOne(QaJson.Deserialize(json)!, connection, transaction, by, version, reason);
        });

    /// <summary>Runs <paramref name="write"/> in a transaction that also writes the forms of words it found to the index of forms.</summary>
    private T InTransaction<T>(NpgsqlConnection connection, Func<NpgsqlTransaction, T> write)
    {
        using var transaction = connection.BeginTransaction();
        try
        {
            var result = write(transaction);
            PostgresIndex.WriteForms(connection, transaction, _forms.TakeNew());
            transaction.Commit();
            return result;
        }
        catch
        {
            // Forms taken for a write that did not happen must be written with the next.
            _forms.Forget();
            throw;
        }
    }

    /// <summary>The stored JSON of the documents with these ids, their rows locked until the transaction ends.</summary>
    private static Dictionary<string, string> StoredJson(NpgsqlConnection connection, string[] ids)
    {
        using var command = new NpgsqlCommand("SELECT id, json FROM documents WHERE id = ANY(@ids) ORDER BY id FOR UPDATE", connection);
        command.Parameters.AddWithValue("ids", ids);
        using var reader = command.ExecuteReader();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
            stored[reader.GetString(0)] = reader.GetString(1);
        return stored;
    }

    /// <summary>Stores one document: unchanged when its JSON is what is stored; else its new version, the one it
    /// replaces kept (its row locked, so that two servers storing it at once take turns).</summary>
    private StoreOutcome StoreOne(QaDocument document, NpgsqlConnection connection, NpgsqlTransaction transaction, Actor by,
        int? restoredFrom = null, string? reason = null)
    {
        var json = QaJson.Serialize(document, indented: false);
        var existing = Sql.Scalar(connection, transaction, "SELECT json FROM documents WHERE id = @id FOR UPDATE", ("@id", document.Id)) as string;
        if (existing == json)
            return StoreOutcome.Unchanged;
        var fulfilled = existing is null ? [] : VersionRows.FulfilledMarks(connection, transaction, document.Id);
        if (existing is not null)
        {
            Sql.Run(connection, transaction, VersionRows.Retire, ("@id", document.Id));
            Sql.Run(connection, transaction, "DELETE FROM documents WHERE id = @id", ("@id", document.Id));
        }
        var rows = new NewRows(_forms, by);
        rows.Add(document, json, restoredFrom is not null ? VersionChange.Restored : existing is null ? VersionChange.Added : VersionChange.Replaced,
            restoredFrom, reason);
        rows.Write(connection);
        VersionRows.Remark(connection, transaction, document.Id, fulfilled);
        return existing is null ? StoreOutcome.New : StoreOutcome.Updated;
    }
}
