using System.Xml.Linq;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

/// <summary>The site's resource files as the tests read them: key → text, per language.</summary>
public static class SiteText
{
    private static readonly string Resources = Path.Combine(RepoPaths.Root, "src", "ParlQA.Web", "Resources");

    /// <summary>The resource files of the site, by their Dutch (default) file name.</summary>
    public static readonly string[] Files = ["Text.resx", "OfficialText.resx"];

    public static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    public static string English(string file) => file.Replace(".resx", ".en.resx", StringComparison.Ordinal);

    /// <summary>
    /// Texts of several words that say something different in the other language, with no placeholders: such a text on
    /// a page in the other language is a leak, not a coincidence of the documents' own words.
    /// </summary>
    public static IReadOnlyList<string> Telltales(string language)
    {
        var telltales = new List<string>();
        foreach (var file in Files)
        {
            var dutch = Read(file);
            var english = Read(English(file));
            foreach (var (key, nl) in dutch)
            {
                if (!english.TryGetValue(key, out var en) || nl == en)
                    continue;
                var own = language == "nl" ? en : nl;
                if (own.Contains(' ', StringComparison.Ordinal) && own.Length >= 10 && !own.Contains('{', StringComparison.Ordinal))
                    telltales.Add(own);
            }
        }
        return telltales;
    }
}
