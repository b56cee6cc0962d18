using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace ParlQA.Rounds.Publishing;

/// <summary>
/// The fonts of the published PDF (Liberation Sans, SIL Open Font License) travel inside this assembly: a
/// server needs no fonts installed, and the output is the same on every machine.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Liberation Sans";

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Makes PDFsharp use these fonts (once per process; PDFsharp allows one resolver).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
                return;
            GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
            _installed = true;
        }
    }

    /// <summary>A font of the published PDF; installs the resolver first, so a layout measured before any PDF is drawn finds it.</summary>
    public static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular)
    {
        Install();
        return new XFont(Family, size, style);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? "LiberationSans-Bold" : "LiberationSans-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"ParlQA.Rounds.Publishing.Fonts.{faceName}.ttf");
        if (stream is null)
            return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
