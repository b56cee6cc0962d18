using ParlQA.Archive.Sqlite;

namespace ParlQA.Archive.Tests;

/// <summary>The storage suite on SQLite, in a fresh file per test.</summary>
public sealed class SqliteStorageTests : StorageSuite
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"parlqa-test-{Guid.NewGuid():N}.db");

    protected override IArchive OpenEmpty() => SqliteArchive.Open(_path);

    protected override void Cleanup()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }

    [Fact]
    public void Open_ArchiveOfANewerSchema_IsRefusedClearly()
    {
        Archive.Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version) VALUES (99)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<ArchiveException>(() => SqliteArchive.Open(_path));

        Assert.Contains("schema version 99, newer than this parlqa knows", error.Message, StringComparison.Ordinal);
    }
}
