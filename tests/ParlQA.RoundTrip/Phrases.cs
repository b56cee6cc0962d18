namespace ParlQA.RoundTrip;

/// <summary>
/// The words the generator writes with: committees and who they ask, letters, and sentence patterns whose
/// {slots} are filled from the lists below — Dutch as committee lists write it, with diacritics («guillemets»,
/// Curaçao, geïnformeerd), hyphenated compounds, suspended hyphens ("wet- en regelgeving"), figures and
/// non-breaking spaces ("€ 12 miljoen").
/// </summary>
internal static class Phrases
{
    public const char Nbsp = '\u00A0';

    /// <summary>Committee, the minister it asks, a second minister who may answer too, and the ministry.</summary>
    public static readonly (string Committee, string Minister, string Second, string Ministry)[] Committees =
    [
        ("vaste commissie voor Buitenlandse Zaken", "Minister van Buitenlandse Zaken", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "Buitenlandse Zaken"),
        ("vaste commissie voor Justitie en Veiligheid", "Minister van Justitie en Veiligheid", "Staatssecretaris van Justitie en Veiligheid", "Justitie en Veiligheid"),
        ("vaste commissie voor Onderwijs, Cultuur en Wetenschap", "Minister van Onderwijs, Cultuur en Wetenschap", "Minister voor Primair en Voortgezet Onderwijs", "Onderwijs, Cultuur en Wetenschap"),
        ("vaste commissie voor Volksgezondheid, Welzijn en Sport", "Minister van Volksgezondheid, Welzijn en Sport", "Staatssecretaris van Volksgezondheid, Welzijn en Sport", "Volksgezondheid, Welzijn en Sport"),
        ("vaste commissie voor Economische Zaken en Klimaat", "Minister van Economische Zaken en Klimaat", "Minister voor Klimaat en Energie", "Economische Zaken en Klimaat"),
        ("vaste commissie voor Infrastructuur en Waterstaat", "Minister van Infrastructuur en Waterstaat", "Staatssecretaris van Infrastructuur en Waterstaat", "Infrastructuur en Waterstaat"),
        ("vaste commissie voor Binnenlandse Zaken", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", "Binnenlandse Zaken en Koninkrijksrelaties"),
        ("vaste commissie voor Financiën", "Minister van Financiën", "Staatssecretaris van Financiën", "Financiën"),
        ("vaste commissie voor Sociale Zaken en Werkgelegenheid", "Minister van Sociale Zaken en Werkgelegenheid", "Minister voor Armoedebeleid, Participatie en Pensioenen", "Sociale Zaken en Werkgelegenheid"),
        ("vaste commissie voor Landbouw, Natuur en Voedselkwaliteit", "Minister van Landbouw, Natuur en Voedselkwaliteit", "Minister voor Natuur en Stikstof", "Landbouw, Natuur en Voedselkwaliteit"),
        ("commissie voor de Rijksuitgaven", "Minister van Financiën", "Staatssecretaris van Financiën", "Financiën"),
    ];

    public static readonly string[] Letters =
    [
        "de toelichting op het mensenrechtenbeleid ten aanzien van China zoals uiteengezet in de beleidsnota «Nederland-China: een nieuwe balans»",
        "de voortgang van de aanpak van ondermijnende criminaliteit",
        "het rapport «Zorg voor de zorgverleners» van de Inspectie Gezondheidszorg en Jeugd",
        "de stand van zaken rond de samenwerking met Curaçao, Aruba en Sint Maarten",
        "de evaluatie van de Wet maatschappelijke ondersteuning",
        "de uitvoering van de motie-Van der Graaf over de coördinatie van de ex-gedetineerdenzorg",
        "de Voorjaarsnota 2020 en de financiële gevolgen voor gemeenten",
        "de reactie op het bericht «Oekraïense vluchtelingen vinden moeilijk werk»",
        "het beleidsprogramma «Samen sterker: één overheid voor iedereen»",
        "de jaarrapportage Vervanging F-16 over het jaar 2019",
        "de kabinetsreactie op het advies van de Raad van State over de coöperatieve samenwerking",
    ];

    public static readonly string[] Chairs = ["P. Dijkstra", "Van der Graaf", "Ö. Özütok", "Agnes Mulder", "R.R. van Aalst", "Kuzu", "De Roon", "Koerhuis"];

    public static readonly string[] Clerks = ["Konings", "Van der Kaaij", "Nava", "De Vos-Schouten", "Lips", "Çimen", "Schukkink", "Bergman"];

    public static readonly (string Name, string Party)[] Members =
    [
        ("Sjoerdsma", "D66"), ("Van Helvert", "CDA"), ("Karabulut", "SP"), ("Ploumen", "PvdA"), ("Kostić", "PvdD"),
        ("Mutluer", "GroenLinks-PvdA"), ("Omtzigt", "NSC"), ("Van der Plas", "BBB"), ("Ceder", "ChristenUnie"),
    ];

    public static readonly string[] Citations = ["Kamerstuk 35 207, nr. 32", "Kamerstuk 31 865, nr. 207", "Kamerstuk 36 100, nr. 3", "Kamerstuk 29 279, nr. 712", "Kamerstuk 26 488, nr. 68"];

    /// <summary>The slots sentence patterns draw from; a slot's choice may hold slots of its own.</summary>
    public static readonly Dictionary<string, string[]> Slots = new()
    {
        ["group"] = ["Tibetaanse politieke gevangenen", "ex-gedetineerden", "Oekraïense vluchtelingen", "zzp'ers in de zorg", "mantelzorgers",
            "leerlingen in het voortgezet onderwijs", "gemeenten in Caribisch Nederland", "EU-lidstaten", "ngo's in Peking", "oud-militairen",
            "bedrijven in de coöperatieve sector", "jongeren met een migratieachtergrond", "asielzoekers op Curaçao"],
        ["topic"] = ["de mensenrechtendialoog met China", "de wet- en regelgeving rond de Wmo", "het EU-beleid ten aanzien van Noord-Korea",
            "de reïntegratie van {group}", "de financiële positie van {group}", "de coördinatie tussen de betrokken ministeries",
            "de sociaal-economische positie van {group}", "de uitvoering van de motie-Ploumen", "het privacybeleid van de Belastingdienst",
            "de CO2-uitstoot van de luchtvaart", "de in- en uitvoer van landbouwproducten", "het toezicht door de Inspectie",
            "de reünie van oud-militairen in Den Haag", "de COVID-19-maatregelen in het onderwijs", "de Zuid-Afrikaanse inzet in de VN-Veiligheidsraad",
            "de café- en restaurantsector", "het rapport «Staat van de rijksverantwoording 2021»", "de verhoging van het budget met €" + Nbsp + "{amount} miljoen"],
        ["place"] = ["Nederland", "België", "Curaçao", "Oekraïne", "Xinjiang", "Tibet", "de Europese Unie", "Caribisch Nederland", "Zuid-Afrika", "Noord-Korea", "Genève"],
        ["year"] = ["2018", "2019", "2020", "2021", "2022", "2023"],
        ["amount"] = ["1,5", "12", "141", "2,7", "38", "250"],
        ["count"] = ["3", "12", "57", "1.132", "274", "80", "2.450"],
        ["percent"] = ["12", "3", "45", "7,5", "60"],
        ["org"] = ["Human Rights Watch", "de Algemene Rekenkamer", "het Sociaal en Cultureel Planbureau", "de Raad van State", "de Inspectie Gezondheidszorg en Jeugd",
            "de Nederlandse ambassade in Peking", "het Openbaar Ministerie", "de Nationale ombudsman", "het Centraal Bureau voor de Statistiek"],
        ["clause"] = ["{org} voldoende middelen heeft voor {topic}", "het kabinet de aanbevelingen van {org} overneemt", "{group} tijdig worden geïnformeerd",
            "de directeur-generaal hierover met {org} heeft gesproken", "de wet- en regelgeving tijdig wordt aangepast", "{topic} in {year} is verbeterd",
            "er een verband bestaat tussen {topic} en {topic}", "de EU-lidstaten gezamenlijk optreden in {place}", "{org} de cijfers over {year} openbaar maakt"],
        ["goal"] = ["de positie van {group} te verbeteren", "{topic} te versterken", "de wachttijden voor {group} terug te dringen", "misstanden in {place} te voorkomen",
            "de samenwerking met {org} te verbeteren"],
        ["hint"] = ["dit najaar", "voor de zomer", "in het eerste kwartaal van 2021", "bij de volgende voortgangsrapportage", "zo spoedig mogelijk"],
        ["date"] = ["17 juni 2020", "1 maart 2021", "29 oktober 2019", "3 december 2022", "11 november 2019"],
        ["measure"] = ["extra middelen voor {topic}", "een onafhankelijk onderzoek naar {topic}", "betere afspraken met {org}", "een meldpunt voor {group}",
            "overleg met de EU-lidstaten over {topic}", "een pilot in {place} met een looptijd van twee jaar"],
    };

    /// <summary>Questions, each one sentence asking something.</summary>
    public static readonly string[] Asking =
    [
        "Hoeveel {group} zijn er in {place}?",
        "Kunt u aangeven hoe {topic} zich sinds {year} heeft ontwikkeld?",
        "Bent u bekend met het bericht «{org} kritisch over {topic}»?",
        "Wat is de stand van zaken rond {topic}?",
        "Deelt u de mening dat {clause}? Zo nee, waarom niet?",
        "Welke maatregelen neemt de regering om {goal}?",
        "In hoeverre is het waar dat {clause}?",
        "Waarom is gekozen voor {measure}?",
        "Kunt u toelichten hoe {clause}?",
        "Klopt het dat {clause}?",
        "Hoe verhoudt {topic} zich tot {topic}?",
        "Welke rol speelt {org} bij {topic}?",
        "Kunt u per provincie aangeven hoeveel {group} gebruikmaken van {measure}?",
        "Wanneer verwacht u dat {clause}?",
    ];

    /// <summary>Sentences that tell, for the lead-in of a question and for answers.</summary>
    public static readonly string[] Telling =
    [
        "In de brief wordt gesteld dat {clause}.",
        "Volgens {org} is {topic} in {year} verslechterd.",
        "Het kabinet beschikt niet over betrouwbare cijfers over {topic}.",
        "Nederland zet zich in EU-verband in voor {topic}.",
        "In {year} ging het om {count} {group}, in {year} om {count}.",
        "{org} heeft hierover op {date} een rapport uitgebracht.",
        "Uw Kamer wordt hierover {hint} nader geïnformeerd.",
        "Het kabinet deelt die mening niet, omdat {clause}.",
        "Daarbij wordt nauw samengewerkt met {org} en met de autoriteiten in {place}.",
        "De middelen voor {topic} bedragen €" + Nbsp + "{amount} miljoen per jaar.",
        "Het is niet mogelijk om exact aan te geven hoeveel {group} er in {place} zijn.",
        "Over {topic} is eerder met {org} gesproken, voor het laatst op {date}.",
        "Ook de directeur-generaal van het ministerie is hierbij betrokken.",
        "De wet- en regelgeving biedt daarvoor voldoende ruimte.",
    ];

    /// <summary>Answers of one line.</summary>
    public static readonly string[] Short = ["Ja.", "Nee.", "Dat klopt.", "Dat is niet het geval.", "Het kabinet deelt die mening.", "Ja, dat is juist."];

    /// <summary>Sentences that begin with figures, as an answer or question sometimes does.</summary>
    public static readonly string[] StartingWithFigures =
    [
        "{percent} procent van de {group} wacht langer dan een jaar op een beslissing.",
        "{count} van de {group} hebben inmiddels een aanvraag ingediend.",
        "{year} was het eerste jaar waarin {topic} volledig werd uitgevoerd.",
        "{count} Nederlandse gemeenten doen mee aan {measure}.",
        "3 miljoen euro is beschikbaar voor {topic}.",
    ];

    /// <summary>Answer openings that begin with "Vraag": the answer's own number or the numbers answered together.</summary>
    public static readonly string[] QuestionOpenings =
    [
        "Vraag {self} gaat uit van een onjuiste veronderstelling.",
        "Vraag {self} is eerder gesteld door het lid Sjoerdsma.",
    ];

    public static readonly string[] TogetherOpenings =
    [
        "Vraag {numbers} worden samen beantwoord.",
        "Vragen {numbers} worden gezamenlijk beantwoord.",
    ];

    /// <summary>Answers that refer to another: "{ref}" is the question referred to.</summary>
    public static readonly string[] References =
    [
        "Zie het antwoord op vraag {ref}.",
        "Voor de beantwoording van deze vraag verwijs ik naar het antwoord op vraag {ref}.",
    ];

    public static readonly string[] ListLeads = ["De belangrijkste maatregelen zijn:", "Het gaat om de volgende onderdelen:", "Daarbij wordt gedacht aan:"];

    public static readonly string[] Domains = ["www.rijksoverheid.nl", "www.tweedekamer.nl", "www.hrw.org", "zoek.officielebekendmakingen.nl", "www.cbs.nl", "www.rekenkamer.nl", "www.theguardian.com"];

    public static readonly string[] PathWords = ["documenten", "rapporten", "kamerstukken", "nieuws", "publicaties", "world", "china", "beantwoording",
        "vragen", "over", "de", "mensenrechtensituatie", "in", "xinjiang", "en", "nederlandse", "inzet", "uk-calls-for-un-access"];

    public static readonly string[] NoteSources = ["{org}, «{topic}», {date}", "Aanhangsel Handelingen II 2019/20, nr. 1234", "Rapport van {org}, blz. 12", "{org}, jaarverslag {year}"];
}
