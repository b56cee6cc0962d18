using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ParlQA.Web.Tests;

/// <summary>The app in memory, over a given archive.</summary>
public sealed class WebFactory(string db, int searchesPerMinute = 0) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ParlQA:Db", db);
        builder.UseSetting("ParlQA:SearchesPerMinute", searchesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
