using ParlQA.Model;
using ParlQA.Reading.Headers;

namespace ParlQA.Reading.Enrichment;

/// <summary>One enricher of the pipeline: reads the built document (and its header's own text) and adds what it finds.</summary>
internal sealed record Enricher(string Name, Func<QaDocument, DocumentHeader, QaDocument> Enrich);
