using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParlQA.Rounds.Domain;

namespace ParlQA.Web.Tests;

/// <summary>A whole round in the browser, each person in a browser of their own, from opening to the published document found by search.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class RoundBrowserTests(BrowserFixture fixture)
{
    private const string Committee = "vaste commissie voor Buitenlandse Zaken", Ministry = "Buitenlandse Zaken", Password = "geheim-wachtwoord";

    [Fact]
    public async Task WholeRound_ClerkMembersOfficerApprover_PublishedAndFound()
    {
        if (BrowserFixture.SkipReason is { } reason)
            Assert.Skip(reason);
        fixture.Account(new User("konings", "Konings", Role.Clerk, Committee: Committee), Password);
        fixture.Account(new User("sjoerdsma", "Sjoerdsma", Role.Member, Committee: Committee, Party: "D66"), Password);
        fixture.Account(new User("vanhelvert", "Van Helvert", Role.Member, Committee: Committee, Party: "CDA"), Password);
        fixture.Account(new User("ambtenaar", "Ambtenaar", Role.Officer, Ministry: Ministry), Password);
        fixture.Account(new User("directeur", "Directeur", Role.Approver, Ministry: Ministry), Password);

        // The clerk opens a round.
        var clerk = await SignIn("konings");
        await clerk.GotoAsync(Url("/rounds"));
        await clerk.GetByLabel("Brief (inzake …)").FillAsync("de toelichting op het mensenrechtenbeleid ten aanzien van China");
        await clerk.GetByLabel("Kamerstuk").FillAsync("Kamerstuk 35 207, nr. 32");
        await clerk.GetByLabel("Minister", new() { Exact = true }).FillAsync("Minister van Buitenlandse Zaken");
        await clerk.GetByLabel("Ministerie").FillAsync(Ministry);
        await clerk.GetByLabel("Voorzitter").FillAsync("P. Dijkstra");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Ronde aanmaken" }).ClickAsync();
        await Assertions.Expect(clerk).ToHaveURLAsync(new Regex(@"/rounds/r\d+$"));
        var round = new Uri(clerk.Url).AbsolutePath;
        await Click(clerk, "Ronde openen");
        await Assertions.Expect(clerk.Locator("dd.state")).ToHaveTextAsync("open voor vragen");

        // Two members submit questions; one asks what the other asked.
        var member = await SignIn("sjoerdsma", round);
        await Submit(member, "Hoeveel Tibetaanse politieke gevangenen zijn er?");
        var other = await SignIn("vanhelvert", round);
        await Submit(other, "Hoeveel politieke gevangenen uit Tibet zijn er?");
        await Submit(other, "Welke stappen zet de Europese Unie voor hun vrijlating?");
        await Submit(member, "Welke stappen zet Nederland zelf voor hun vrijlating?");

        // The clerk closes, merges the suggested duplicate, and sends the numbered list.
        await clerk.ReloadAsync();
        await Click(clerk, "Ronde sluiten");
        await Click(clerk, "s2 samenvoegen met s1 (lijkt dubbel)");
        await Click(clerk, "Lijst nummeren en versturen");
        await Assertions.Expect(clerk.Locator("dd.state")).ToHaveTextAsync("verstuurd");

        // The officer answers 1 and 2 together, and 3 by reference to 1; earlier answers are at hand.
        var officer = await SignIn("ambtenaar", round);
        await Assertions.Expect(officer.Locator("details.asked-before").First).ToContainTextAsync("Eerder gesteld");
        await Answer(officer, "1, 2", "Het kabinet beschikt niet over betrouwbare cijfers en spreekt China en de EU-partners hierop aan.", null);
        await Answer(officer, "3", "", "1");
        await Assertions.Expect(officer.Locator("#d2")).ToContainTextAsync("Zie het antwoord op vraag 1.");

        // The approver approves both and sends them.
        var approver = await SignIn("directeur", round);
        await Click(approver, "Goedkeuren 1–2");
        await Click(approver, "Goedkeuren 3");
        await Click(approver, "Antwoorden versturen");
        await Assertions.Expect(approver.Locator("dd.state")).ToHaveTextAsync("beantwoord");

        // The clerk publishes; the document is in the archive and found by search.
        await clerk.ReloadAsync();
        await Click(clerk, "Publiceren");
        await Assertions.Expect(clerk.Locator("dd.state")).ToHaveTextAsync("gepubliceerd");
        await Shot(clerk, "round-published");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Officiële opmaak" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("article.official")).ToContainTextAsync("De vaste commissie voor Buitenlandse Zaken heeft een aantal vragen voorgelegd aan de Minister van Buitenlandse Zaken");
        await Assertions.Expect(clerk.Locator("table.official-list tr.answer").First).ToContainTextAsync("1–2");
        await Shot(clerk, "round-official-layout");
        var reader = await fixture.Browser!.NewPageAsync();
        var document = "pq-" + round.Split('/')[^1];
        await reader.GotoAsync(Url("/search?q=" + Uri.EscapeDataString("\"betrouwbare cijfers\"")));
        await Assertions.Expect(reader.Locator($"section.results a[href='/d/{document}/q1']")).ToBeVisibleAsync();
        await reader.GotoAsync(Url($"/d/{document}"));
        await Assertions.Expect(reader.Locator("#a1 h3")).ToContainTextAsync("1–2");
        await Shot(reader, "round-document");
    }

    private string Url(string path) => new Uri(fixture.BaseAddress, path).ToString();

    private async Task<IPage> SignIn(string account, string? then = null)
    {
        var context = await fixture.Browser!.NewContextAsync();
        // CI runs the other test classes at the same time on two cores: allow a slow page more than the default 30 s.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/signin"));
        await page.GetByLabel("Account").FillAsync(account);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/rounds$"));
        if (then is not null)
            await page.GotoAsync(Url(then));
        return page;
    }

    private static async Task Click(IPage page, string button)
    {
        // Every step posts a form and comes back to the round's page with the round one version higher, or with the
        // refusal: wait for either in the page itself (a wait for load events once missed the event under CI load).
        var before = await page.Locator("dl.facts").GetAttributeAsync("data-version");
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"p.error, dl.facts[data-version]:not([data-version='{before}'])")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("p.error")).ToHaveCountAsync(0);
    }

    private static async Task Submit(IPage page, string question)
    {
        await page.GetByLabel("Uw vraag").FillAsync(question);
        await Click(page, "Vraag indienen");
        await Assertions.Expect(page.Locator("ol.round-questions")).ToContainTextAsync(question);
    }

    private static async Task Answer(IPage page, string numbers, string text, string? referenceTo)
    {
        await page.GetByLabel("Antwoord op vraag (bijv. 2, 3)").FillAsync(numbers);
        await page.GetByLabel("Antwoord", new() { Exact = true }).FillAsync(text);
        if (referenceTo is not null)
            await page.GetByLabel("Of: zie het antwoord op vraag").FillAsync(referenceTo);
        await Click(page, "Antwoord opslaan");
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });
}
