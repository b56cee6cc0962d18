namespace ParlQA.Archive.Official;

/// <summary>
/// An entity of the Tweede Kamer's open data as its SyncFeed delivers it: the whole entity each time it changes,
/// the last version winning; a deleted one comes as its id with <see cref="Deleted"/> and no fields. Values are
/// kept as the feed writes them (dates with their offset, names as spelled): the feed is the authority.
/// </summary>
public abstract record OfficialEntity
{
    /// <summary>The entity's GUID, lower case as the feed writes it.</summary>
    public required string Id { get; init; }

    /// <summary>When the Kamer last changed it (tk:bijgewerkt), as written.</summary>
    public string? Bijgewerkt { get; init; }

    public bool Deleted { get; init; }
}

/// <summary>A case: for written questions soort "Schriftelijke vragen", nummer "2024Z03456", gestartOp = filed.</summary>
public sealed record Zaak : OfficialEntity
{
    public string? Nummer { get; init; }
    public string? Soort { get; init; }
    public string? Onderwerp { get; init; }
    public string? Titel { get; init; }
    public string? GestartOp { get; init; }
    public string? Vergaderjaar { get; init; }
    public string? KamerstukdossierId { get; init; }
    public bool? Afgedaan { get; init; }
}

/// <summary>Who is involved in a case: "Indiener", "Medeindiener" (members who asked), "Gericht aan" (the minister asked).</summary>
public sealed record ZaakActor : OfficialEntity
{
    public string? ZaakId { get; init; }
    public string? PersoonId { get; init; }
    public string? FractieId { get; init; }
    public string? ActorNaam { get; init; }
    public string? ActorFractie { get; init; }
    public string? Functie { get; init; }
    public string? Relatie { get; init; }
}

/// <summary>A document of the Kamer: questions, answers, delay notices, committee lists, letters, …</summary>
public sealed record Document : OfficialEntity
{
    public string? Soort { get; init; }
    public string? DocumentNummer { get; init; }
    public string? Titel { get; init; }
    public string? Onderwerp { get; init; }
    public string? Datum { get; init; }
    public int? Volgnummer { get; init; }
    public string? Vergaderjaar { get; init; }
    public string? Aanhangselnummer { get; init; }
    public string? KamerstukdossierId { get; init; }
    public IReadOnlyList<string> ZaakIds { get; init; } = [];

    /// <summary>The current file version (huidigeDocumentVersie): a new one means a new file.</summary>
    public string? VersieId { get; init; }

    public string? ContentType { get; init; }
    public long? ContentLength { get; init; }

    /// <summary>Where the file is (the entry's rel="enclosure"), as a path relative to the feed's origin.</summary>
    public string? Enclosure { get; init; }
}

/// <summary>Who wrote or received a document ("Afzender", "Geaddresseerde", …).</summary>
public sealed record DocumentActor : OfficialEntity
{
    public string? DocumentId { get; init; }
    public string? PersoonId { get; init; }
    public string? FractieId { get; init; }
    public string? ActorNaam { get; init; }
    public string? ActorFractie { get; init; }
    public string? Functie { get; init; }
    public string? Relatie { get; init; }
}

/// <summary>A person: member, minister, former member.</summary>
public sealed record Persoon : OfficialEntity
{
    public string? Nummer { get; init; }
    public string? Initialen { get; init; }
    public string? Tussenvoegsel { get; init; }
    public string? Achternaam { get; init; }
    public string? Roepnaam { get; init; }
    public string? Functie { get; init; }
    public string? Fractielabel { get; init; }
}

/// <summary>A parliamentary party ("fractie").</summary>
public sealed record Fractie : OfficialEntity
{
    public string? Nummer { get; init; }
    public string? Afkorting { get; init; }
    public string? NaamNl { get; init; }
    public string? NaamEn { get; init; }
    public string? DatumActief { get; init; }
    public string? DatumInactief { get; init; }
}

/// <summary>A Kamerstuk dossier: nummer 35207 (+ toevoeging "V"); its documents carry a volgnummer.</summary>
public sealed record Kamerstukdossier : OfficialEntity
{
    public long? Nummer { get; init; }
    public string? Toevoeging { get; init; }
    public string? Titel { get; init; }
}

/// <summary>A commitment as the Kamer's staff recorded it: what was promised, by whom, to whom, and whether it was kept.</summary>
public sealed record Toezegging : OfficialEntity
{
    public string? Nummer { get; init; }
    public string? Tekst { get; init; }
    public string? Naam { get; init; }
    public string? Functie { get; init; }
    public string? Ministerie { get; init; }
    public string? Status { get; init; }
    public string? DatumNakoming { get; init; }
    public string? KamerbriefNakoming { get; init; }
    public string? Aanmaakdatum { get; init; }
    public string? FractieId { get; init; }
    public string? PersoonId { get; init; }
}
