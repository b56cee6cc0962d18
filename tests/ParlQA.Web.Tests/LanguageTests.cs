using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ParlQA.Archive.Search;

namespace ParlQA.Web.Tests;

/// <summary>Every text of the site in both languages: the two resource files hold the same keys, and what the domain reports by code has words in each.</summary>
[Collection(SharedArchive.Name)]
public sealed partial class LanguageTests(ArchiveFixture archive) : IDisposable
{
    private readonly WebFactory _factory = new(archive.Db);

    [Fact]
    public void Resources_DutchAndEnglish_HaveTheSameKeys_AndPlaceholders()
    {
        foreach (var file in SiteText.Files)
        {
            var dutch = SiteText.Read(file);
            var english = SiteText.Read(SiteText.English(file));
            Assert.Empty(dutch.Keys.Except(english.Keys));
            Assert.Empty(english.Keys.Except(dutch.Keys));
            foreach (var (key, text) in dutch)
                Assert.True(Placeholders(text).SetEquals(Placeholders(english[key])), $"{file} {key}: '{text}' and '{english[key]}' name different placeholders");
        }
    }

    [Fact]
    public void QueryErrors_EveryCode_IsSaidInBothLanguages_WithItsValues()
    {
        var factories = typeof(QueryErrors).GetMethods(BindingFlags.Public | BindingFlags.Static);
        Assert.True(factories.Length >= 18);
        using var scope = _factory.Services.CreateScope();
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<Text>>();
        foreach (var factory in factories)
        {
            var error = (QueryParseException)factory.Invoke(null, [.. factory.GetParameters().Select(Sample)])!;
            foreach (var culture in new[] { "nl", "en" })
            {
                var saved = CultureInfo.CurrentUICulture;
                CultureInfo.CurrentUICulture = new CultureInfo(culture);
                try
                {
                    var said = ParlQA.Web.Rendering.QueryErrorText.Of(error, text);
                    Assert.False(text["QueryError_" + error.Code].ResourceNotFound, $"{error.Code} has no {culture} text");
                    Assert.All(error.Args, value => Assert.Contains(value, said, StringComparison.Ordinal));
                    Assert.EndsWith(culture == "nl" ? $"(bij teken {error.Column})" : $"(at column {error.Column})", said, StringComparison.Ordinal);
                }
                finally
                {
                    CultureInfo.CurrentUICulture = saved;
                }
            }
        }
    }

    private static object Sample(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(int) => 7,
        var t when t == typeof(string) => parameter.Name + "-waarde",
        _ => (object)new[] { "kind", "year" },
    };

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();

    public void Dispose() => _factory.Dispose();
}
