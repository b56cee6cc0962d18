using System.Globalization;
using ParlQA.Archive;
using ParlQA.Model;
using ParlQA.Sync.Monitoring;

namespace ParlQA.Cli.Commands;

/// <summary>What <c>show</c> adds for a synced document: its case's other documents, and where each question was asked or answered.</summary>
internal static class CaseLines
{
    public static void Write(TextWriter stdout, IArchive archive, string db, string documentId, IReadOnlyList<Question> questions)
    {
        using var record = ArchiveOpener.OpenOfficial(db);
        if (CaseFile.Of(documentId, archive, record) is not { } file)
            return;
        stdout.WriteLine($"Case {file.CaseNumber}:");
        foreach (var d in file.Documents)
        {
            var mark = d.Id == documentId ? "*" : " ";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {mark} {d.Id,-28} {d.Date:yyyy-MM-dd}  {d.Kind}"));
        }
        foreach (var question in questions)
        {
            foreach (var link in file.LinksOf(documentId, question))
                stdout.WriteLine($"{question.Id}: {(link.Answered ? "answered in" : "asked in")} {link.DocumentId}#{link.QuestionId}");
        }
    }
}
