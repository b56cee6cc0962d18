namespace ParlQA.Archive.Official;

/// <summary>How each entity is written into its table: the table and its columns with values, the same for every engine.</summary>
internal static class EntityRows
{
    public static (string Table, (string Column, object? Value)[] Columns) Of(OfficialEntity entity) => entity switch
    {
        Zaak z => ("tk_zaak", [("nummer", z.Nummer), ("soort", z.Soort), ("onderwerp", z.Onderwerp), ("titel", z.Titel), ("gestart_op", z.GestartOp),
            ("vergaderjaar", z.Vergaderjaar), ("kamerstukdossier_id", z.KamerstukdossierId), ("afgedaan", z.Afgedaan is { } a ? (a ? 1 : 0) : null)]),
        ZaakActor a => ("tk_zaak_actor", [("zaak_id", a.ZaakId), ("persoon_id", a.PersoonId), ("fractie_id", a.FractieId), ("actor_naam", a.ActorNaam),
            ("actor_fractie", a.ActorFractie), ("functie", a.Functie), ("relatie", a.Relatie)]),
        Document d => ("tk_document", [("soort", d.Soort), ("document_nummer", d.DocumentNummer), ("titel", d.Titel), ("onderwerp", d.Onderwerp),
            ("datum", d.Datum), ("volgnummer", d.Volgnummer), ("vergaderjaar", d.Vergaderjaar), ("aanhangselnummer", d.Aanhangselnummer),
            ("kamerstukdossier_id", d.KamerstukdossierId), ("versie_id", d.VersieId), ("content_type", d.ContentType), ("content_length", d.ContentLength),
            ("enclosure", d.Enclosure)]),
        DocumentActor a => ("tk_document_actor", [("document_id", a.DocumentId), ("persoon_id", a.PersoonId), ("fractie_id", a.FractieId),
            ("actor_naam", a.ActorNaam), ("actor_fractie", a.ActorFractie), ("functie", a.Functie), ("relatie", a.Relatie)]),
        Persoon p => ("tk_persoon", [("nummer", p.Nummer), ("initialen", p.Initialen), ("tussenvoegsel", p.Tussenvoegsel), ("achternaam", p.Achternaam),
            ("roepnaam", p.Roepnaam), ("functie", p.Functie), ("fractielabel", p.Fractielabel)]),
        Fractie f => ("tk_fractie", [("nummer", f.Nummer), ("afkorting", f.Afkorting), ("naam_nl", f.NaamNl), ("naam_en", f.NaamEn),
            ("datum_actief", f.DatumActief), ("datum_inactief", f.DatumInactief)]),
        Kamerstukdossier k => ("tk_kamerstukdossier", [("nummer", k.Nummer), ("toevoeging", k.Toevoeging), ("titel", k.Titel)]),
        Toezegging t => ("tk_toezegging", [("nummer", t.Nummer), ("tekst", t.Tekst), ("naam", t.Naam), ("functie", t.Functie), ("ministerie", t.Ministerie),
            ("status", t.Status), ("datum_nakoming", t.DatumNakoming), ("kamerbrief_nakoming", t.KamerbriefNakoming), ("aanmaakdatum", t.Aanmaakdatum),
            ("fractie_id", t.FractieId), ("persoon_id", t.PersoonId)]),
        _ => throw new ArgumentException($"no table for {entity.GetType().Name}", nameof(entity)),
    };

    private static readonly string[] Common = ["id", "bijgewerkt", "deleted"];

    /// <summary>INSERT … ON CONFLICT (id) DO UPDATE: the last version wins, on SQLite and PostgreSQL alike.</summary>
    public static string Upsert(string table, IEnumerable<string> columns)
    {
        var all = Common.Concat(columns).ToList();
        return $"INSERT INTO {table} ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(c => "@" + c))}) " +
            $"ON CONFLICT (id) DO UPDATE SET {string.Join(", ", all.Skip(1).Select(c => $"{c} = excluded.{c}"))}";
    }
}
