using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParlQA.Tests;

namespace ParlQA.Web.Tests;

/// <summary>What a user does in the browser, in Debian's Chromium; each test leaves a screenshot in artifacts/screenshots.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class BrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Search_TashiWangchuk_ShowsTheAnswersToQuestions26And41()
    {
        var page = await Open("/");
        await page.GetByLabel("Zoek of stel een vraag").FillAsync("\"Tashi Wangchuk\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q="));
        var results = page.Locator("section.results");
        await Assertions.Expect(results.Locator("a[href='/d/kst-35207-34/q26']")).ToBeVisibleAsync();
        await Assertions.Expect(results.Locator("a[href='/d/kst-35207-34/q41']")).ToBeVisibleAsync();
        await Assertions.Expect(results.Locator("mark").First).ToHaveTextAsync("Tashi");
        await Shot(page, "search-tashi-wangchuk");
    }

    [Fact]
    public async Task Question40_FollowTheReference_ToTheAnswerToQuestion1()
    {
        var page = await Open("/d/kst-35207-34/q40");
        await Assertions.Expect(page.Locator("section.answer")).ToContainTextAsync("Zie het antwoord op vraag 1");
        await page.Locator("section.answer").GetByRole(AriaRole.Link, new() { Name = "1", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/d/kst-35207-34/q1$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vraag 1", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section.answer")).ToContainTextAsync("Human Rights Watch");
        await Shot(page, "question-40-to-answer-1");
    }

    [Fact]
    public async Task Upload_SamplePdf_ShowsItsQuestions()
    {
        var page = await Open("/upload");
        await page.GetByLabel("Bestand").SetInputFilesAsync(RepoPaths.Sample("aanhangsel/ah-tk-20232024-1314.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Alleen inlezen en tonen" }).ClickAsync();
        var uploaded = page.Locator("section.uploaded");
        await Assertions.Expect(uploaded).ToContainTextAsync("ah-tk-20232024-1314");
        await Assertions.Expect(uploaded.Locator("ol.uploaded-questions li").First).ToContainTextAsync("Vraag 1");
        Assert.True(await uploaded.Locator("ol.uploaded-questions li").CountAsync() > 1);
        await Shot(page, "upload-pdf");
    }

    [Fact]
    public async Task SwitchToEnglish()
    {
        var page = await Open("/d/kst-35207-34");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/d/kst-35207-34$"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nederlands" })).ToBeVisibleAsync();
        await Shot(page, "english");
    }

    [Fact]
    public async Task Phone_KeyboardOnly_SearchWorks()
    {
        Skip();
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/").ToString());
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await page.Locator("#q").FocusAsync();
        await page.Keyboard.TypeAsync("Tibet");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Tibet$"));
        await Assertions.Expect(page.Locator("section.results li").First).ToBeVisibleAsync();
        // Nothing wider than the phone's screen.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await Shot(page, "phone-search");
    }

    private async Task<IPage> Open(string path)
    {
        Skip();
        var page = await fixture.Browser!.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.BaseAddress, path).ToString());
        return page;
    }

    private static void Skip()
    {
        if (BrowserFixture.SkipReason is { } reason)
            Assert.Skip(reason);
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });
}
