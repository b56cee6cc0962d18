using System.IO.Compression;

namespace ParlQA.Tests.TkFeed;

/// <summary>
/// The small world of the hand-written pages: eight written-question cases (answered in the Aanhangsel, by letter after a
/// delay notice, unanswered with and without a notice, answered with a broken PDF, a zip bomb and a missing file, and one
/// whose answer arrives before the case), a committee list, a government letter whose file must never be fetched, people,
/// parties, a dossier and two commitments; and what changes in a later run.
/// </summary>
public static class FeedWorld
{
    public static string Document(int n) => $"66666666-0000-4000-8000-0000000000{n:D2}";

    public static readonly string[] FirstRun =
        ["Persoon.xml", "Fractie.xml", "Kamerstukdossier.xml", "Zaak.xml", "ZaakActor.xml", "Document.xml", "DocumentActor.xml", "Toezegging.xml"];

    public static readonly string[] LaterRun = ["Zaak-later.xml", "Document-later.xml"];

    /// <summary>The government letter's file: never to be downloaded.</summary>
    public static string Letter => Document(11);

    public static void Publish(LocalFeed feed, IEnumerable<string> pages)
    {
        foreach (var page in pages)
            feed.Publish(page);
        feed.Files[Document(1)] = File.ReadAllBytes(Path.Combine(LocalFeed.FixtureFiles, "2024D09001.txt"));
        feed.Files[Document(2)] = File.ReadAllBytes(RepoPaths.Sample("aanhangsel/ah-tk-20232024-1314.pdf"));
        feed.Files[Document(3)] = File.ReadAllBytes(RepoPaths.Sample("letters/2023z14759-wassenberg.docx"));
        feed.Files[Document(4)] = File.ReadAllBytes(Path.Combine(LocalFeed.FixtureFiles, "2023D42001.txt"));
        feed.Files[Document(5)] = File.ReadAllBytes(Path.Combine(LocalFeed.FixtureFiles, "2024D21001.txt"));
        feed.Files[Document(6)] = File.ReadAllBytes(Path.Combine(LocalFeed.FixtureFiles, "broken.pdf"));
        feed.Files[Document(7)] = ZipBomb.Value;
        // Document 8's file is missing: the feed answers 404.
        feed.Files[Document(9)] = File.ReadAllBytes(RepoPaths.Sample("letters/letter-lahlah-en-chakor.docx"));
        feed.Files[Document(10)] = File.ReadAllBytes(RepoPaths.Sample("kst-35207-34.txt"));
        feed.Files[Letter] = File.ReadAllBytes(RepoPaths.Sample("aanhangsel/ah-tk-20232024-878.pdf"));
    }

    /// <summary>A Word document of a few hundred kB that unpacks to 300 MB: over ingest's limit of 256 MB.</summary>
    public static readonly Lazy<byte[]> ZipBomb = new(() =>
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++)
                entry.Write(zeros);
        }
        return stream.ToArray();
    });
}
