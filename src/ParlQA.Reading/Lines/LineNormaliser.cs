using ParlQA.Reading.Layout;

namespace ParlQA.Reading.Lines;

/// <summary>One step of the line-normalising stage: when it applies, and the lines it makes of the layout's.</summary>
internal sealed record LineNormaliser(string Name, Func<DocumentLayout, bool> Applies, Func<DocumentLayout, DocumentLayout> Normalise);
