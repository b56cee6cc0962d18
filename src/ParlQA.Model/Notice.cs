namespace ParlQA.Model;

/// <summary>
/// A notice printed instead of answers (an Aanhangsel "Mededeling"): typically that the questions were
/// answered in a letter, which <see cref="Citation"/> points to.
/// </summary>
public sealed record Notice
{
    public required string Text { get; init; }
    public Citation? Citation { get; init; }
}
