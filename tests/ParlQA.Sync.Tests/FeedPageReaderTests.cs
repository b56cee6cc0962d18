using System.Text;
using ParlQA.Archive.Official;
using ParlQA.Sync.Feed;

namespace ParlQA.Sync.Tests;

/// <summary>Reading a page by namespace, never by prefix; a page that is not whole is refused whole.</summary>
public sealed class FeedPageReaderTests
{
    private static FeedPage Read(string entities) => FeedPageReader.Read(Encoding.UTF8.GetBytes($"""
        <feed xmlns="http://www.w3.org/2005/Atom">
          <link rel="next" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?skiptoken=1002&amp;category=Zaak" />
          {entities}
        </feed>
        """));

    private static string Entry(string entity, int next = 1001) =>
        $"""<entry><link rel="next" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?skiptoken={next}&amp;category=Zaak" /><content type="application/xml">{entity}</content></entry>""";

    [Theory]
    [InlineData("""<zaak xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="ABC" tk:bijgewerkt="2024-01-01T00:00:00" tk:verwijderd="false"><nummer>2024Z00001</nummer><gestartOp>2024-06-03T00:00:00+02:00</gestartOp></zaak>""")]
    [InlineData("""<tk:zaak xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="ABC" tk:bijgewerkt="2024-01-01T00:00:00" tk:verwijderd="false"><tk:nummer>2024Z00001</tk:nummer><tk:gestartOp>2024-06-03T00:00:00+02:00</tk:gestartOp></tk:zaak>""")]
    [InlineData("""<ns1:zaak xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="ABC" ns1:bijgewerkt="2024-01-01T00:00:00" ns1:verwijderd="false"><ns1:nummer>2024Z00001</ns1:nummer><ns1:gestartOp>2024-06-03T00:00:00+02:00</ns1:gestartOp></ns1:zaak>""")]
    public void Read_AnyPrefix_GivesTheSameEntity(string entity)
    {
        var page = Read(Entry(entity));

        var zaak = Assert.IsType<Zaak>(page.Entries.Single().Entity);
        Assert.Equal(new Zaak { Id = "abc", Bijgewerkt = "2024-01-01T00:00:00", Nummer = "2024Z00001", GestartOp = "2024-06-03T00:00:00+02:00" }, zaak);
        Assert.Equal("/SyncFeed/2.0/Feed?skiptoken=1002&category=Zaak", page.Next);
        Assert.Equal("/SyncFeed/2.0/Feed?skiptoken=1001&category=Zaak", page.Resume);
    }

    [Fact]
    public void Read_ElementInAnotherNamespace_IsNotTakenForTheKamers()
    {
        var page = Read(Entry("""<zaak xmlns="urn:something-else" id="abc"><nummer>1</nummer></zaak>"""));

        Assert.Null(page.Entries.Single().Entity);
    }

    [Fact]
    public void Read_Deleted_KeepsOnlyTheId()
    {
        var page = Read(Entry("""<document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="d1" tk:bijgewerkt="2024-01-01T00:00:00" tk:verwijderd="true"><soort>Schriftelijke vragen</soort></document>"""));

        Assert.Equal(new Document { Id = "d1", Bijgewerkt = "2024-01-01T00:00:00", Deleted = true }, page.Entries.Single().Entity);
    }

    [Fact]
    public void Read_RelationsAndFileAttributes()
    {
        var page = Read("""
            <entry><link rel="enclosure" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/d1" /><content type="application/xml">
            <document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="d1" tk:bijgewerkt="2024-01-01T00:00:00" tk:verwijderd="false" tk:contentType="application/pdf" tk:contentLength="123456">
              <huidigeDocumentVersie ref="v1" /><zaak ref="Z1" /><zaak ref="z2" /><soort>Antwoord schriftelijke vragen</soort><volgnummer>34</volgnummer><aanhangselnummer>242501244</aanhangselnummer>
            </document></content></entry>
            """);

        var document = Assert.IsType<Document>(page.Entries.Single().Entity);
        Assert.Equal(["z1", "z2"], document.ZaakIds);
        Assert.Equal(("application/pdf", 123456L, "v1", 34, "/SyncFeed/2.0/Resources/d1"),
            (document.ContentType, document.ContentLength!.Value, document.VersieId, document.Volgnummer!.Value, document.Enclosure));
    }

    [Theory]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content>", "malformed feed page: Unexpected end of file has occurred.")]
    [InlineData("<rss><channel/></rss>", "malformed feed page: the root element is <rss>, not an Atom <feed>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title><content/></entry></feed>", "malformed feed page: entry 'x' has no entity in its content")]
    public void Read_NotAWholeFeedPage_IsRefusedWhole(string xml, string message)
    {
        var error = Assert.Throws<FeedException>(() => FeedPageReader.Read(Encoding.UTF8.GetBytes(xml)));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Retryable);
    }
}
