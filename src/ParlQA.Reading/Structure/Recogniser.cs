using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Structure;

/// <summary>One recogniser of the pipeline: whether the lines are of its shape, and how it finds their blocks.</summary>
internal sealed record Recogniser(string Name, Func<DocumentLayout, bool> Applies, Func<DocumentLayout, RecognisedBlocks> Recognise);

/// <summary>A step on the recognised blocks: when it applies, and the blocks it makes of them.</summary>
internal sealed record BlockStep(string Name, Func<RecognisedBlocks, DocumentLayout, bool> Applies, Func<RecognisedBlocks, DocumentLayout, RecognisedBlocks> Apply);
