using ParlQA.Model;
using ParlQA.Reading.Headers;
using ParlQA.Reading.Text;

namespace ParlQA.Reading.Enrichment;

/// <summary>A question's sources: the URLs it names ("(bron: https://nos.nl/…)"), in order.</summary>
internal static class QuestionSources
{
    public static QaDocument Enrich(QaDocument document, DocumentHeader header) =>
        document with { Questions = document.Questions.Select(q => q with { Sources = Urls.Find(q.Text) }).ToList() };
}
