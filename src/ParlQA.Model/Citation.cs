namespace ParlQA.Model;

/// <summary>A parliamentary document cited in the text, as found there.</summary>
public sealed record Citation
{
    public CitationKind Kind { get; init; } = CitationKind.Kamerstuk;

    /// <summary>Kamerstuk dossier as printed ("34 300 V"); null for Aanhangsel and Handelingen.</summary>
    public string? Dossier { get; init; }

    public int? Number { get; init; }

    /// <summary>Parliamentary year for Aanhangsel and Handelingen citations ("2022–2023").</summary>
    public string? Session { get; init; }

    /// <summary>The citation as it stands in the text.</summary>
    public required string Text { get; init; }
}

/// <summary>The series a citation points into.</summary>
public enum CitationKind
{
    Kamerstuk,
    Aanhangsel,
    Handelingen,
}
