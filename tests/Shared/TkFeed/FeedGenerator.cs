using System.Globalization;
using System.Xml.Linq;

namespace ParlQA.Tests.TkFeed;

/// <summary>
/// Many written-question cases for a local feed, made the way the hand-written pages write them: each case with its
/// member, its minister, the questions as filed and an answer — real files from samples/ (Aanhangsel PDFs, Word letters)
/// — and now and then a delay notice. For the kill-and-resume test and the benchmark.
/// </summary>
public static class FeedGenerator
{
    private static readonly XNamespace Tk = "http://www.tweedekamer.nl/xsd/tkData/v1-0";

    private static readonly string[] Ministers =
        ["minister van Financiën", "minister van Justitie en Veiligheid", "minister van Buitenlandse Zaken", "minister van Onderwijs, Cultuur en Wetenschap"];

    private static readonly string[] Parties = ["GroenLinks-PvdA", "VVD", "NSC", "PVV", "D66", "CDA", "SP"];

    /// <summary>Publishes <paramref name="cases"/> cases numbered from <paramref name="first"/>; returns the number of entities.</summary>
    public static int Publish(LocalFeed feed, int cases, int first = 1)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var answers = AnswerFiles.Value;
        var questions = System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(LocalFeed.FixtureFiles, "2024D09001.txt")));
        var notice = File.ReadAllBytes(Path.Combine(LocalFeed.FixtureFiles, "2023D42001.txt"));
        int entities = 0;
        for (int i = first; i < first + cases; i++)
        {
            var zaak = Id(0xa, i);
            var nummer = string.Create(CultureInfo.InvariantCulture, $"2022Z{i:D5}");
            var filed = new DateOnly(2022, 1, 3).AddDays(i % 700);
            var minister = Ministers[i % Ministers.Length];
            Add(feed, "Zaak", zaak, null, new XElement(Tk + "zaak", Common(zaak),
                F("nummer", nummer), F("soort", "Schriftelijke vragen"), F("onderwerp", $"Vragen over onderwerp {i}"), F("gestartOp", Time(filed)), F("vergaderjaar", "2022-2023")));
            Add(feed, "ZaakActor", Id(0xb, i), null, new XElement(Tk + "zaakActor", Common(Id(0xb, i)), Ref("zaak", zaak),
                F("actorNaam", $"Lid{i % 150}"), F("actorFractie", Parties[i % Parties.Length]), F("relatie", "Indiener")));
            Add(feed, "ZaakActor", Id(0xc, i), null, new XElement(Tk + "zaakActor", Common(Id(0xc, i)), Ref("zaak", zaak),
                F("functie", minister), F("relatie", "Gericht aan")));
            entities += 3;
            Document(feed, Id(0xd, i), zaak, "Schriftelijke vragen", filed, null, questions, "text/plain");
            entities++;
            if (i % 10 == 0)
            {
                Document(feed, Id(0xe, i), zaak, "Mededeling (uitstel antwoord)", filed.AddDays(20), null, notice, "text/plain");
                entities++;
            }
            if (i % 7 != 0)
            {
                var (bytes, type, aanhangsel) = answers[i % answers.Count];
                Document(feed, Id(0xf, i), zaak, "Antwoord schriftelijke vragen", filed.AddDays(10 + i % 40),
                    aanhangsel ? string.Create(CultureInfo.InvariantCulture, $"2223{i:D5}") : null, bytes, type);
                entities++;
            }
        }
        return entities;
    }

    private static readonly Lazy<List<(byte[] Bytes, string Type, bool Aanhangsel)>> AnswerFiles = new(() =>
        [.. Directory.GetFiles(RepoPaths.Sample("aanhangsel"), "*.pdf").Order(StringComparer.Ordinal).Select(f => (File.ReadAllBytes(f), "application/pdf", true)),
         .. Directory.GetFiles(RepoPaths.Sample("letters"), "*.docx").Order(StringComparer.Ordinal)
             .Select(f => (File.ReadAllBytes(f), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false))]);

    private static void Document(LocalFeed feed, string id, string zaak, string soort, DateOnly datum, string? aanhangsel, byte[] file, string type)
    {
        var element = new XElement(Tk + "document", Common(id), new XAttribute(Tk + "contentType", type),
            new XAttribute(Tk + "contentLength", file.Length), Ref("zaak", zaak), F("soort", soort),
            F("documentNummer", "2022D" + id[^6..]), F("onderwerp", soort), F("datum", Time(datum)), F("vergaderjaar", "2022-2023"));
        if (aanhangsel is not null)
            element.Add(F("aanhangselnummer", aanhangsel));
        Add(feed, "Document", id, "{origin}/SyncFeed/2.0/Resources/" + id, element);
        feed.Files[id] = file;
    }

    private static void Add(LocalFeed feed, string category, string id, string? enclosure, XElement entity)
    {
        XNamespace atom = LocalFeed.Atom;
        var entry = new XElement(atom + "entry", new XElement(atom + "title", id), new XElement(atom + "updated", "2024-06-10T08:00:00Z"),
            new XElement(atom + "link", new XAttribute("rel", "next"), new XAttribute("href", "{next}")));
        if (enclosure is not null)
            entry.Add(new XElement(atom + "link", new XAttribute("rel", "enclosure"), new XAttribute("href", enclosure)));
        entry.Add(new XElement(atom + "content", new XAttribute("type", "application/xml"), entity));
        feed.Publish(category, entry);
    }

    private static object[] Common(string id) =>
        [new XAttribute(XNamespace.Xmlns + "tk", Tk.NamespaceName), new XAttribute("id", id), new XAttribute(Tk + "bijgewerkt", "2024-06-10T07:00:00"), new XAttribute(Tk + "verwijderd", "false")];

    private static XElement F(string name, string value) => new(Tk + name, value);

    private static XElement Ref(string name, string id) => new(Tk + name, new XAttribute("ref", id));

    private static string Time(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+01:00";

    private static string Id(int kind, int i) => string.Create(CultureInfo.InvariantCulture, $"{kind:x}0000000-0000-4000-8000-{i:D12}");
}
