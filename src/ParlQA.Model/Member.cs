namespace ParlQA.Model;

/// <summary>A member of parliament who asked questions, with the party as printed.</summary>
public sealed record Member(string Name, string? Party = null);
