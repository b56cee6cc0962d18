using System.Text.Json.Nodes;

namespace ParlQA.Model.Tests;

/// <summary>The document JSON of DESIGN.md: camelCase, null fields omitted, ISO dates, kebab-case enums.</summary>
public sealed class QaJsonTests
{
    private static QaDocument Sample() => new()
    {
        Id = "kst-35207-34",
        Kind = DocumentKind.QuestionList,
        Dossier = "35 207",
        Number = 34,
        AnsweredOn = new DateOnly(2020, 6, 17),
        SubjectLetter = new SubjectLetter { Date = new DateOnly(2019, 11, 11), Citation = new Citation { Dossier = "35 207", Number = 32, Text = "Kamerstuk 35 207, nr. 32" } },
        Questions = [new Question { Id = "q25-2", Label = "25", Numbers = [25], Text = "Kunt u aangeven…?", AnswerId = "a25-2" }],
        Answers = [new Answer { Id = "a25-2", QuestionIds = ["q25-2"], Text = "Zie tevens het antwoord op vraag 88.", References = [new Reference("q88")] }],
        Diagnostics = [new Diagnostic { Severity = DiagnosticSeverity.Warning, Code = "duplicate-number", Message = "…", Line = 590 }],
    };

    [Fact]
    public void Serialize_Document_UsesTheContractNames()
    {
        var json = JsonNode.Parse(QaJson.Serialize(Sample()))!;

        Assert.Equal(2, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal("question-list", json["kind"]!.GetValue<string>());
        Assert.Equal("2020-06-17", json["answeredOn"]!.GetValue<string>());
        Assert.Equal("2019-11-11", json["subjectLetter"]!["date"]!.GetValue<string>());
        Assert.Equal("q88", json["answers"]![0]!["references"]![0]!["questionId"]!.GetValue<string>());
        Assert.Equal("warning", json["diagnostics"]![0]!["severity"]!.GetValue<string>());
        Assert.Equal("kamerstuk", json["subjectLetter"]!["citation"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_NullFields_AreOmittedAndEmptyListsKept()
    {
        var json = JsonNode.Parse(QaJson.Serialize(Sample()))!.AsObject();

        Assert.False(json.ContainsKey("chamber"));
        Assert.False(json.ContainsKey("submittedOn"));
        Assert.False(json["questions"]![0]!.AsObject().ContainsKey("page"));
        Assert.Empty(json["questions"]![0]!["sources"]!.AsArray());
    }

    [Fact]
    public void Deserialize_SerializedDocument_RoundTrips()
    {
        var original = Sample();

        var copy = QaJson.Deserialize(QaJson.Serialize(original))!;

        Assert.Equal(QaJson.Serialize(original), QaJson.Serialize(copy));
        Assert.Equal("q25-2", copy.Questions[0].Id);
        Assert.Equal(new DateOnly(2020, 6, 17), copy.AnsweredOn);
    }

    [Fact]
    public void SchemaText_IsShippedWithTheModel()
    {
        var schema = JsonNode.Parse(QaJson.SchemaText())!;

        Assert.Equal(QaJson.SchemaVersion, schema["properties"]!["schemaVersion"]!["const"]!.GetValue<int>());
    }
}
