using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ParlQA.Reading.Tests;

/// <summary>
/// The answer-key comparison of shared/tools/check-facts, in C#: a document JSON against a hand-checked
/// <c>*.facts.json</c>. Texts compare on letters and digits only, so only the words matter.
/// </summary>
internal static class FactsChecker
{
    public static IReadOnlyList<string> Check(JsonNode facts, JsonNode doc)
    {
        var fails = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
                fails.Add(what);
        }

        var qs = Array(doc["questions"]);
        var answers = Array(doc["answers"]);
        var byId = qs.GroupBy(q => Str(q["id"])).ToDictionary(g => g.Key ?? "", g => g.First());
        var keyQuestions = Array(facts["questions"]);
        bool keyedById = keyQuestions.Count > 0 && keyQuestions[0]!["id"] is not null;

        var used = new HashSet<int>();
        foreach (var g in keyQuestions)
        {
            JsonNode? cand = null;
            if (g["id"] is not null)
            {
                byId.TryGetValue(Str(g["id"])!, out cand);
            }
            else
            {
                var want = Ints(g["numbers"]);
                for (int i = 0; i < qs.Count; i++)
                {
                    if (!used.Contains(i) && Ints(qs[i]["numbers"]).SequenceEqual(want))
                    {
                        cand = qs[i];
                        used.Add(i);
                        break;
                    }
                }
            }
            var name = Str(g["id"]) ?? "question " + string.Join(",", Ints(g["numbers"]));
            Check(cand is not null && Spans(Str(cand["text"]), Str(g["first"])!, Str(g["last"])!),
                cand is null ? $"{name}: missing" : $"{name}: text does not run from \"{g["first"]}\" to \"{g["last"]}\": \"{Cut(Str(cand["text"]))}\"");
        }
        Check(qs.Count == keyQuestions.Count, $"question blocks: {qs.Count}, expected {keyQuestions.Count}");

        List<string> Covered(JsonNode a)
        {
            var ids = Array(a["questionIds"]).Select(x => x!.GetValue<string>()).ToList();
            if (keyedById)
                return ids.Order(StringComparer.Ordinal).ToList();
            return ids.SelectMany(i => byId.TryGetValue(i, out var q) ? Ints(q["numbers"]) : []).Order().Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        }
        var pool = answers.ToList();
        var keyAnswers = Array(facts["answers"]);
        foreach (var g in keyAnswers)
        {
            var want = (g["questionIds"] is JsonArray ids ? ids.Select(x => x!.GetValue<string>()) : Ints(g["numbers"]).Select(n => n.ToString(CultureInfo.InvariantCulture)))
                .Order(keyedById ? StringComparer.Ordinal : Comparer<string>.Create((a, b) => int.Parse(a, CultureInfo.InvariantCulture).CompareTo(int.Parse(b, CultureInfo.InvariantCulture)))).ToList();
            var cand = pool.FirstOrDefault(a => Covered(a!).SequenceEqual(want));
            if (cand is not null)
                pool.Remove(cand);
            Check(cand is not null && Spans(Str(cand["text"]), Str(g["first"])!, Str(g["last"])!),
                cand is null ? $"answer to {string.Join(",", want)}: missing" : $"answer to {string.Join(",", want)}: text does not run from \"{g["first"]}\" to \"{g["last"]}\": \"{Cut(Str(cand["text"]))}\"");
        }
        Check(answers.Count == keyAnswers.Count, $"answer blocks: {answers.Count}, expected {keyAnswers.Count}");

        if (facts["document"] is JsonObject document)
        {
            foreach (var (key, want) in document)
            {
                JsonNode? got = key switch
                {
                    "subjectLetterDate" => doc["subjectLetter"]?["date"],
                    "subjectReference" => new JsonObject { ["dossier"] = doc["subjectLetter"]?["citation"]?["dossier"]?.DeepClone(), ["number"] = doc["subjectLetter"]?["citation"]?["number"]?.DeepClone() },
                    "addressee" => Array(doc["addressees"]).FirstOrDefault(),
                    "askedBy" => new JsonArray(Array(doc["askedBy"]).Select(m => (JsonNode?)JsonValue.Create(m?["party"] is null ? Str(m?["name"]) : $"{Str(m?["name"])} ({Str(m?["party"])})")).ToArray()),
                    _ => doc[key],
                };
                Check(Norm(got?.ToJsonString(Json) ?? "null") == Norm(want?.ToJsonString(Json) ?? "null"), $"{key}: got {got?.ToJsonString(Json)}, expected {want?.ToJsonString(Json)}");
            }
        }

        JsonNode? AnswerOf(string qid) => answers.FirstOrDefault(a => Array(a!["questionIds"]).Any(x => Str(x) == qid));
        foreach (var r in Array(facts["references"]))
        {
            var refs = Array(AnswerOf(Str(r!["fromQuestion"])!)?["references"]).Select(x => Str(x!["questionId"])).ToList();
            Check(refs.Contains(Str(r["toQuestion"])), $"answer to {r["fromQuestion"]} should refer to {r["toQuestion"]}; refers to [{string.Join(", ", refs)}]");
        }
        var citations = Array(doc["citations"]).Select(c => (Str(c!["dossier"]), c["number"]?.GetValue<int>())).ToHashSet();
        foreach (var c in Array(facts["citations"]))
            Check(citations.Contains((Str(c!["dossier"]), c["number"]!.GetValue<int>())), $"citation Kamerstuk {c["dossier"]}, nr. {c["number"]} not found");
        if (facts["sources"] is JsonObject sources)
        {
            foreach (var (qid, urls) in sources)
            {
                var got = byId.TryGetValue(qid, out var q) ? Array(q["sources"]).Select(Str).ToList() : [];
                foreach (var u in Array(urls))
                    Check(got.Contains(Str(u)), $"{qid} should cite {u}");
            }
        }
        if (facts["footnoteCount"] is JsonNode count)
            Check(Array(doc["footnotes"]).Count == count.GetValue<int>(), $"footnotes: {Array(doc["footnotes"]).Count}, expected {count}");
        var footnoteUrls = Array(doc["footnotes"]).SelectMany(f => Array(f!["urls"])).Select(Str).ToList();
        foreach (var u in Array(facts["footnoteUrls"]))
            Check(footnoteUrls.Contains(Str(u)), $"footnote URL missing: {Cut(Str(u))}");
        foreach (var m in Array(facts["footnoteMarkers"]))
        {
            var a = AnswerOf(Str(m!["question"])!);
            Check(a is not null && Array(a["footnoteNumbers"]).Any(n => n!.GetValue<int>() == m["number"]!.GetValue<int>()), $"answer to {m["question"]} should carry footnote {m["number"]}");
        }
        // Beyond check-facts: a footnote's text, and a marker on the question itself (the question's own footnoteNumbers).
        var footnotesByNumber = Array(doc["footnotes"]).GroupBy(f => f["number"]!.GetValue<int>()).ToDictionary(g => g.Key, g => Str(g.First()["text"]));
        foreach (var f in Array(facts["footnotes"]))
        {
            var got = footnotesByNumber.GetValueOrDefault(f["n"]!.GetValue<int>());
            Check(got is not null && Norm(got) == Norm(Str(f["text"])), $"footnote {f["n"]}: \"{Cut(got)}\", expected \"{Cut(Str(f["text"]))}\"");
        }
        foreach (var m in Array(facts["questionFootnoteMarkers"]))
        {
            var q = byId.GetValueOrDefault(Str(m!["question"]) ?? "");
            Check(q is not null && Ints(q["footnoteNumbers"]).Contains(m["number"]!.GetValue<int>()), $"{m["question"]} should carry footnote {m["number"]}");
        }
        // A promise made in the same words in several answers is one commitment naming them all (answerIds).
        var withCommitment = Array(doc["commitments"]).SelectMany(c => c!["answerIds"] is JsonArray ids ? ids.Select(Str) : [Str(c["answerId"])]).ToHashSet();
        foreach (var q in Array(facts["commitmentsIn"]))
            Check(AnswerOf(Str(q)!) is { } a && withCommitment.Contains(Str(a["id"])), $"no commitment found in the answer to {q}");
        foreach (var q in Array(facts["noCommitmentsIn"]))
            Check(AnswerOf(Str(q)!) is not { } a || !withCommitment.Contains(Str(a["id"])), $"a commitment was found in the answer to {q}, which makes none");
        foreach (var p in Array(facts["paragraphBreaks"]))
            Check((Str(AnswerOf(Str(p!["question"])!)?["text"]) ?? "").Contains("\n\n" + Str(p["before"]), StringComparison.Ordinal), $"answer to {p["question"]}: no paragraph break before \"{p["before"]}\"");
        foreach (var o in Array(facts["ownLines"]))
        {
            var lines = (Str(AnswerOf(Str(o!["question"])!)?["text"]) ?? "").Split('\n').Select(l => l.Trim());
            Check(lines.Contains(Str(o["line"])), $"answer to {o["question"]}: \"{o["line"]}\" is not on a line of its own");
        }
        var texts = string.Join("\n", qs.Select(q => Str(q["text"])).Concat(answers.Select(a => Str(a!["text"]))));
        foreach (var s in Array(facts["mustContain"]))
            Check(texts.Contains(Str(s)!, StringComparison.Ordinal), $"text should contain \"{s}\"");
        foreach (var s in Array(facts["mustNotContain"]))
            Check(!texts.Contains(Str(s)!, StringComparison.Ordinal), $"text should not contain \"{s}\"");
        var diagnostics = doc["diagnostics"]?.ToJsonString(Json) ?? "[]";
        foreach (var s in Array(facts["diagnosticsMention"]))
            Check(Regex.IsMatch(diagnostics, @"\b" + Regex.Escape(Str(s)!) + @"\b"), $"no diagnostic mentions \"{s}\"");
        return fails;
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Spans(string? text, string first, string last)
    {
        var t = Norm(text);
        return t.StartsWith(Norm(first), StringComparison.Ordinal) && t.EndsWith(Norm(last), StringComparison.Ordinal);
    }

    /// <summary>check-facts' norm(): NFKC, lower case, letters and digits only.</summary>
    public static string Norm(string? s)
    {
        var n = (s ?? "").Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        return string.Concat(n.Where(char.IsLetterOrDigit));
    }

    private static List<JsonNode> Array(JsonNode? node) => node is JsonArray a ? a.OfType<JsonNode>().ToList() : [];

    private static List<int> Ints(JsonNode? node) => Array(node).Select(n => n!.GetValue<int>()).ToList();

    private static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Cut(string? s) => s is null ? "" : s.Length <= 100 ? s : s[..60] + "…" + s[^40..];
}
