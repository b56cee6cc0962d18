using System.Globalization;
using System.Xml.Linq;
using ParlQA.Archive.Official;

namespace ParlQA.Sync.Feed;

/// <summary>
/// One entity element of the Kamer's schemas (xsd/tkData-v1-0-*.xsd) into its record: fields are child elements in
/// the tk namespace (<c>xsi:nil</c> or empty is null), relations are children with a <c>ref</c>, and <c>verwijderd</c>
/// and <c>bijgewerkt</c> are the namespace's global attributes (read unqualified too: some entries write them so).
/// </summary>
internal static class EntityReader
{
    private static readonly XNamespace Tk = FeedPageReader.Tk;
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The entity, or null for an element ParlQA does not keep.</summary>
    /// <exception cref="FeedException">The element has no id.</exception>
    public static OfficialEntity? Read(XElement element, string? enclosure)
    {
        if (element.Name.Namespace != Tk)
            return null;
        var id = ((string?)element.Attribute("id"))?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(id))
            throw new FeedException(SyncMessages.MalformedPage($"a <{element.Name.LocalName}> without an id")) { Retryable = true };
        var bijgewerkt = (string?)(element.Attribute(Tk + "bijgewerkt") ?? element.Attribute("bijgewerkt"));
        var deleted = ((string?)(element.Attribute(Tk + "verwijderd") ?? element.Attribute("verwijderd")))?.Trim().ToLowerInvariant() is "true" or "1";
        string? F(string name) => Field(element, name);
        string? R(string name) => Ref(element, name);
        OfficialEntity? entity = element.Name.LocalName switch
        {
            "zaak" => new Zaak
            {
                Id = id, Nummer = F("nummer"), Soort = F("soort"), Onderwerp = F("onderwerp"), Titel = F("titel"), GestartOp = F("gestartOp"),
                Vergaderjaar = F("vergaderjaar"), KamerstukdossierId = R("kamerstukdossier"), Afgedaan = Boolean(F("afgedaan")),
            },
            "zaakActor" => new ZaakActor
            {
                Id = id, ZaakId = R("zaak"), PersoonId = R("persoon"), FractieId = R("fractie"), ActorNaam = F("actorNaam"),
                ActorFractie = F("actorFractie"), Functie = F("functie"), Relatie = F("relatie"),
            },
            "document" => new Document
            {
                Id = id, Soort = F("soort"), DocumentNummer = F("documentNummer"), Titel = F("titel"), Onderwerp = F("onderwerp"), Datum = F("datum"),
                Volgnummer = Integer(F("volgnummer")), Vergaderjaar = F("vergaderjaar"), Aanhangselnummer = F("aanhangselnummer"),
                KamerstukdossierId = R("kamerstukdossier"), VersieId = R("huidigeDocumentVersie"),
                ZaakIds = [.. element.Elements(Tk + "zaak").Select(z => ((string?)z.Attribute("ref"))?.Trim().ToLowerInvariant()).OfType<string>().Where(z => z.Length > 0)],
                ContentType = (string?)(element.Attribute(Tk + "contentType") ?? element.Attribute("contentType")),
                ContentLength = long.TryParse((string?)(element.Attribute(Tk + "contentLength") ?? element.Attribute("contentLength")), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : null,
                Enclosure = enclosure,
            },
            "documentActor" => new DocumentActor
            {
                Id = id, DocumentId = R("document"), PersoonId = R("persoon"), FractieId = R("fractie"), ActorNaam = F("actorNaam"),
                ActorFractie = F("actorFractie"), Functie = F("functie"), Relatie = F("relatie"),
            },
            "persoon" => new Persoon
            {
                Id = id, Nummer = F("nummer"), Initialen = F("initialen"), Tussenvoegsel = F("tussenvoegsel"), Achternaam = F("achternaam"),
                Roepnaam = F("roepnaam"), Functie = F("functie"), Fractielabel = F("fractielabel"),
            },
            "fractie" => new Fractie
            {
                Id = id, Nummer = F("nummer"), Afkorting = F("afkorting"), NaamNl = F("naamNl"), NaamEn = F("naamEn"), DatumActief = F("datumActief"),
                DatumInactief = F("datumInactief"),
            },
            "kamerstukdossier" => new Kamerstukdossier
            {
                Id = id, Nummer = long.TryParse(F("nummer"), NumberStyles.None, CultureInfo.InvariantCulture, out var nummer) ? nummer : null,
                Toevoeging = F("toevoeging"), Titel = F("titel"),
            },
            "toezegging" => new Toezegging
            {
                Id = id, Nummer = F("nummer"), Tekst = F("tekst"), Naam = F("naam"), Functie = F("functie"), Ministerie = F("ministerie"), Status = F("status"),
                DatumNakoming = F("datumNakoming"), KamerbriefNakoming = F("kamerbriefNakoming"), Aanmaakdatum = F("aanmaakdatum"),
                FractieId = R("toegezegdAanFractie"), PersoonId = R("toegezegdAanPersoon"),
            },
            _ => null,
        };
        return entity is null ? null : deleted ? Emptied(entity, id, bijgewerkt) : entity with { Bijgewerkt = bijgewerkt };
    }

    /// <summary>A deleted entity keeps only its id: whatever fields came with it are no longer the Kamer's record.</summary>
    private static OfficialEntity Emptied(OfficialEntity entity, string id, string? bijgewerkt) => entity switch
    {
        Zaak => new Zaak { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        ZaakActor => new ZaakActor { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        Document => new Document { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        DocumentActor => new DocumentActor { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        Persoon => new Persoon { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        Fractie => new Fractie { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        Kamerstukdossier => new Kamerstukdossier { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
        _ => new Toezegging { Id = id, Bijgewerkt = bijgewerkt, Deleted = true },
    };

    private static string? Field(XElement element, string name)
    {
        var field = element.Element(Tk + name);
        if (field is null || (string?)field.Attribute(Xsi + "nil") is "true" or "1")
            return null;
        var value = field.Value.Trim();
        return value.Length == 0 ? null : value;
    }

    private static string? Ref(XElement element, string name) =>
        ((string?)element.Element(Tk + name)?.Attribute("ref"))?.Trim().ToLowerInvariant() is { Length: > 0 } id ? id : null;

    private static int? Integer(string? value) => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? Boolean(string? value) => value?.ToLowerInvariant() switch { "true" or "1" => true, "false" or "0" => false, _ => null };
}
