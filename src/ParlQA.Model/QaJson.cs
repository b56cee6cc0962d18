using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParlQA.Model;

/// <summary>
/// The document JSON contract of DESIGN.md: camelCase, null fields omitted, ISO dates, kebab-case enums.
/// One place, so the CLI, the archive and the web API print exactly the same bytes.
/// </summary>
public static class QaJson
{
    /// <summary>Bumped on any change to the shape of the JSON; the schema's <c>schemaVersion</c> says the same.</summary>
    public const int SchemaVersion = 2;

    private static readonly QaJsonContext Indented = new(new JsonSerializerOptions(QaJsonContext.Default.Options) { WriteIndented = true });

    public static string Serialize(QaDocument document, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, indented ? Indented.QaDocument : QaJsonContext.Default.QaDocument);
    }

    public static void Serialize(Stream stream, QaDocument document, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(stream, document, indented ? Indented.QaDocument : QaJsonContext.Default.QaDocument);
    }

    public static QaDocument? Deserialize(string json) => JsonSerializer.Deserialize(json, QaJsonContext.Default.QaDocument);

    /// <summary>The JSON Schema (draft 2020-12) of the document JSON, shipped inside this assembly.</summary>
    public static string SchemaText()
    {
        using var stream = typeof(QaJson).Assembly.GetManifestResourceStream("ParlQA.Model.qadocument.schema.json")
            ?? throw new InvalidOperationException("The document JSON schema is missing from ParlQA.Model.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>Source-generated serialisers: no reflection, so reading stays fast and trimming-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [
        typeof(KebabCaseEnumConverter<DocumentKind>),
        typeof(KebabCaseEnumConverter<DiagnosticSeverity>),
        typeof(KebabCaseEnumConverter<CitationKind>)])]
[JsonSerializable(typeof(QaDocument))]
internal sealed partial class QaJsonContext : JsonSerializerContext;

/// <summary>Enums as the contract spells them: <c>question-list</c>, <c>warning</c>.</summary>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
