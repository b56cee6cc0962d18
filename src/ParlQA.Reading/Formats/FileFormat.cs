namespace ParlQA.Reading.Formats;

/// <summary>What the bytes of a file are, found from the content rather than the name.</summary>
public enum FileFormat
{
    Empty,
    Text,
    Pdf,
    Docx,
    Zip,
    Xml,
    Html,
    Binary,
}
