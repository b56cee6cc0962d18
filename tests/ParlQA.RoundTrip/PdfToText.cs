using System.Diagnostics;
using System.Text;

namespace ParlQA.RoundTrip;

/// <summary>Text as poppler's pdftotext makes it from a PDF (its default reading order, UTF-8), where pdftotext is installed.</summary>
public static class PdfToText
{
    private static readonly Lazy<string?> Location = new(Find);

    /// <summary>Why the pdftotext round trip cannot run here, or null when it can.</summary>
    public static string? Missing => Location.Value is null ? "pdftotext is not installed (Debian: apt-get install poppler-utils)" : null;

    public static string Run(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var tool = Location.Value ?? throw new InvalidOperationException(Missing);
        var file = Path.Combine(Path.GetTempPath(), $"parlqa-roundtrip-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var argument in new[] { "-enc", "UTF-8", file, "-" })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {error.Result}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pdftotext"))
            .FirstOrDefault(File.Exists);
}
