using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ParlQA.Web.Tests;

/// <summary>
/// Every page type of the site in the browser: in Dutch and in English (its heading in that language, no text of the
/// other), axe-core without serious or critical violations, and at phone widths (320 and 390 px) nothing wider than the screen.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class SiteTourTests(BrowserFixture fixture)
{
    /// <summary>
    /// A page of one type: its path ({round} is the published round), how its heading starts in Dutch and in English
    /// (a document's subject is its own words in either), whether only the administrator sees it, and whether its
    /// content is English by design (the API's description, written for programs).
    /// </summary>
    private sealed record PageType(string Name, string Path, string Dutch, string English, bool Admin = false, bool EnglishContent = false);

    private static readonly PageType[] PageTypes =
    [
        new("home", "/", "Schriftelijke vragen en antwoorden", "Written questions and answers"),
        new("search", "/search?q=Tibet", "Zoeken", "Search"),
        new("search-malformed", "/search?q=%22Tibet", "Zoeken", "Search"),
        new("list", "/d/kst-35207-34", "de toelichting op het mensenrechtenbeleid", "de toelichting op het mensenrechtenbeleid"),
        new("question", "/d/kst-35207-34/q26", "Vraag 26", "Question 26"),
        new("letter", "/d/kv-tk-2023Z14759-antwoord", "het gebrek aan landelijke registratie", "het gebrek aan landelijke registratie"),
        new("aanhangsel", "/d/ah-tk-20232024-1314", "het bericht «Kritiek op besluit provincie", "het bericht «Kritiek op besluit provincie"),
        new("versions", "/d/kst-35207-34/versions", "Versies van kst-35207-34", "Versions of kst-35207-34"),
        new("commitments", "/commitments", "Toezeggingen", "Commitments"),
        new("statistics", "/stats", "Statistiek", "Statistics"),
        new("people", "/people", "Kamerleden, partijen en ministeries", "Members, parties and ministries"),
        new("member", "/people/Mutluer", "Mutluer", "Mutluer"),
        new("party", "/parties/PvdD", "PvdD", "PvdD"),
        new("ministry", "/ministries/Onderwijs%2C%20Cultuur%20en%20Wetenschap", "Onderwijs, Cultuur en Wetenschap", "Onderwijs, Cultuur en Wetenschap"),
        new("overdue", "/overdue", "Openstaande vragen", "Unanswered questions"),
        new("response-times", "/response-times", "Antwoordtermijnen per ministerie", "Response times per ministry"),
        new("upload", "/upload", "Document inlezen", "Read a document"),
        new("sign-in", "/signin", "Inloggen", "Sign in"),
        new("rounds", "/rounds", "Vragenrondes", "Question rounds"),
        new("round", "/rounds/{round}", "de brief", "de brief"),
        new("publication", "/rounds/{round}/publication", "Lijst van vragen en antwoorden", "Lijst van vragen en antwoorden"),
        new("admin", "/admin", "Beheer", "Administration", Admin: true),
        new("not-found", "/nergens", "Pagina niet gevonden", "Page not found"),
        new("api-docs", "/api/docs/", "ParlQA API", "ParlQA API", EnglishContent: true),
    ];

    public static TheoryData<string> Pages => [.. PageTypes.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageType_InBothLanguages_ReadsInThatLanguage_WithoutSeriousAxeViolations(string name)
    {
        var type = PageTypes.Single(p => p.Name == name);
        foreach (var (language, heading) in new[] { ("nl", type.Dutch), ("en", type.English) })
        {
            var page = await Open(type, language);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
            Assert.StartsWith(heading, (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
            if (!type.EnglishContent)
            {
                // The page's text outside the parts marked as another language (the documents' own Dutch words).
                var text = await page.EvaluateAsync<string>(
                    "language => { const body = document.body.cloneNode(true); body.querySelectorAll('[lang]').forEach(e => { if (!e.lang.startsWith(language)) e.remove(); }); return body.textContent; }",
                    language);
                var leaks = SiteText.Telltales(language).Where(telltale => text.Contains(telltale, StringComparison.Ordinal)).ToList();
                Assert.True(leaks.Count == 0, $"{type.Path} in {language} says: " + string.Join(" | ", leaks));
            }

            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
            Assert.True(serious.Count == 0, $"{type.Path} in {language}: " + string.Join("\n", serious));
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PageType_OnAPhone_NothingScrollsSideways(string name)
    {
        var type = PageTypes.Single(p => p.Name == name);
        foreach (var width in new[] { 320, 390 })
        {
            var page = await Open(type, "nl", width);
            var wider = await page.EvaluateAsync<string[]>(
                """
                width => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.table-wrap'))
                    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': ' + (e.textContent ?? '').trim().slice(0, 60))
                """, width);
            // Against the phone's own width: a mobile viewport zooms out and widens window.innerWidth to fit what overflows.
            var scrolls = await page.EvaluateAsync<bool>("width => document.documentElement.scrollWidth > width || window.innerWidth > width", width);
            Assert.False(scrolls, $"{type.Path} at {width} px scrolls sideways: " + string.Join(" | ", wider));
            if (width == 320)
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"phone-{name}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/d/kst-35207-34")]
    public async Task FocusRing_EveryTabStop_ContrastsAtLeast3To1WithWhatIsAroundIt(string path)
    {
        var page = await Open(new PageType("focus", path, "", ""), "nl");
        for (int i = 0; i < 16; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            // The ring's colour, and the background just outside the ring (left of the element's box, past the ring's offset and width).
            var found = await page.EvaluateAsync<string[]>(
                """
                () => {
                    const e = document.activeElement, style = getComputedStyle(e), box = e.getBoundingClientRect();
                    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
                    let under = document.elementFromPoint(Math.max(0, box.left - reach), box.top + box.height / 2) ?? document.body;
                    while (under && getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)') under = under.parentElement;
                    return [style.outlineStyle === 'none' ? 'none' : style.outlineColor, under ? getComputedStyle(under).backgroundColor : 'rgb(255, 255, 255)', e.outerHTML.slice(0, 80)];
                }
                """);
            var (ring, around, what) = (found[0], found[1], found[2]);
            Assert.NotEqual("none", ring);
            var contrast = Contrast(ring, around);
            Assert.True(contrast >= 3, $"{path}, tab stop {i + 1} ({what}): ring {ring} on {around} is {contrast:0.00}:1");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>WCAG's contrast ratio of two CSS colours given as rgb()/rgba().</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string css)
        {
            var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)].Split(',')
                .Take(3).Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2];
        }
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private async Task<IPage> Open(PageType type, string language, int? width = null)
    {
        if (BrowserFixture.SkipReason is { } reason)
            Assert.Skip(reason);
        var page = await fixture.NewPage(width);
        if (type.Admin)
        {
            await page.GotoAsync(fixture.Url("/signin"));
            await page.Locator("input[name=account]").FillAsync(BrowserFixture.Admin);
            await page.Locator("input[type=password]").FillAsync(BrowserFixture.Password);
            await page.Locator("form button[type=submit]").ClickAsync();
            // Poll the URL, not a load event: under CI load a wait for the redirect's load event once missed it and timed out.
            await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        }
        var path = type.Path.Replace("{round}", fixture.PublishedRound, StringComparison.Ordinal);
        await page.GotoAsync(fixture.Url(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + language));
        return page;
    }
}
