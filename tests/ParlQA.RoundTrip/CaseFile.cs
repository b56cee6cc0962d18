using System.Text.Encodings.Web;
using System.Text.Json;

namespace ParlQA.RoundTrip;

/// <summary>A (shrunk) list as a JSON file: what a failure leaves behind as a regression case, readable and editable.</summary>
public static class CaseFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Write(GeneratedList list) => JsonSerializer.Serialize(list, Options) + "\n";

    public static GeneratedList Read(string json) =>
        JsonSerializer.Deserialize<GeneratedList>(json, Options) ?? throw new JsonException("the case file holds no list");

    public static GeneratedList Load(string path) => Read(File.ReadAllText(path));
}
