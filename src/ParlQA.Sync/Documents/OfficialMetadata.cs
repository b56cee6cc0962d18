using ParlQA.Archive.Official;
using ParlQA.Model;

namespace ParlQA.Sync.Documents;

/// <summary>What the Kamer's record says of a document, in the model's terms: who asked, whom, when, and where it is published.</summary>
public static class OfficialMetadata
{
    private static readonly Uri Site = new("https://www.tweedekamer.nl");
    private static readonly Uri Publications = new("https://zoek.officielebekendmakingen.nl");

    /// <summary>The members who asked: the case's "Indiener" first, then each "Medeindiener", names and parties as the feed writes them.</summary>
    public static IReadOnlyList<Member> AskedBy(IEnumerable<ZaakActor> actors) => actors
        .Where(a => a.Relatie is "Indiener" or "Medeindiener" && a.ActorNaam is not null)
        .OrderBy(a => a.Relatie == "Indiener" ? 0 : 1).ThenBy(a => a.ActorNaam, StringComparer.Ordinal)
        .Select(a => new Member(a.ActorNaam!, a.ActorFractie)).ToList();

    /// <summary>The offices the questions are put to ("Gericht aan"), as written.</summary>
    public static IReadOnlyList<string> Addressees(IEnumerable<ZaakActor> actors) => actors
        .Where(a => a.Relatie == "Gericht aan" && (a.Functie ?? a.ActorNaam) is not null)
        .Select(a => (a.Functie ?? a.ActorNaam)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();


    /// <summary>The Kamer's record of the document: case, number, kind, its page and its file.</summary>
    public static OfficialSource Source(string archiveId, DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var caseNumber = context.Case?.Nummer;
        string? page = archiveId.StartsWith("kst-", StringComparison.Ordinal) || archiveId.StartsWith("ah-tk-", StringComparison.Ordinal)
            ? new Uri(Publications, archiveId + ".html").ToString()
            : caseNumber is not null
                ? new Uri(Site, $"/kamerstukken/kamervragen/detail?id={Uri.EscapeDataString(caseNumber)}" +
                    (document.DocumentNummer is { } nummer ? "&did=" + Uri.EscapeDataString(nummer) : "")).ToString()
                : null;
        var file = document.Enclosure ?? "/SyncFeed/2.0/Resources/" + document.Id;
        return new OfficialSource
        {
            CaseNumber = caseNumber,
            DocumentNumber = document.DocumentNummer,
            Kind = document.Soort ?? "",
            Url = page,
            FileUrl = new Uri(Feed.FeedClientOptions.OfficialOrigin, file).ToString(),
        };
    }
}
