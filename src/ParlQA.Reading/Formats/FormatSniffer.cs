using System.Text;

namespace ParlQA.Reading.Formats;

/// <summary>Finds a document's format from its first bytes: magic numbers, zip entries, the XML root.</summary>
public static class FormatSniffer
{
    private const int SniffLength = 8192;

    /// <summary>Share of control characters above which bytes are not text.</summary>
    private const double MaxControlShare = 0.02;

    public static FileFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        var trimmed = TrimBomAndSpace(head);
        if (trimmed.Length == 0)
            return FileFormat.Empty;
        if (trimmed.StartsWith("%PDF-"u8))
            return FileFormat.Pdf;
        if (head.StartsWith("PK\x03\x04"u8))
            return head.IndexOf("word/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0 && head.IndexOf("word"u8) >= 0 ? FileFormat.Docx : FileFormat.Zip;
        if (LooksBinary(head))
            return FileFormat.Binary;
        if (trimmed.StartsWith("<?xml"u8) || trimmed.StartsWith("<"u8) && !StartsWithHtml(trimmed))
            return trimmed.IndexOf("<html"u8) >= 0 ? FileFormat.Html : trimmed[0] == (byte)'<' && IsTagStart(trimmed) ? FileFormat.Xml : FileFormat.Text;
        if (StartsWithHtml(trimmed))
            return FileFormat.Html;
        return FileFormat.Text;
    }

    private static ReadOnlySpan<byte> TrimBomAndSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(TextDecoder.Utf8Bom))
            bytes = bytes[3..];
        int i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f')
            i++;
        return bytes[i..];
    }

    private static bool StartsWithHtml(ReadOnlySpan<byte> bytes)
    {
        var start = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 15)]);
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTagStart(ReadOnlySpan<byte> bytes) => bytes.Length > 1 && (char.IsLetter((char)bytes[1]) || bytes[1] is (byte)'?' or (byte)'!');

    /// <summary>NUL bytes, or more than a few control characters, mean binary data.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
            return true;
        int control = 0;
        foreach (byte b in head)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'))
                control++;
        }
        return control > head.Length * MaxControlShare;
    }
}
