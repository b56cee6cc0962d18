using ParlQA.Web;

// `dotnet run --project src/ParlQA.Web -- --db parlqa.db`; `parlqa serve` and `parlqa demo` start the same app.
var app = WebApp.Build(WebAppOptions.FromArgs(args), args);
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
