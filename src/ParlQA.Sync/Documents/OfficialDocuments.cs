using ParlQA.Archive.Official;
using ParlQA.Model;
using ParlQA.Reading;

namespace ParlQA.Sync.Documents;

/// <summary>
/// The archive document of a feed document: what its file gave (or why nothing), with the Kamer's record laid over
/// it — the record is the authority; where the file's own header says otherwise, that is kept as a diagnostic.
/// </summary>
public static class OfficialDocuments
{
    /// <summary>Diagnostic codes of synced documents.</summary>
    public const string UnreadableCode = "file-unreadable", DiffersCode = "official-differs";

    /// <param name="read">What the file gave: a document, or the reason it could not be read (null when there is no file).</param>
    public static QaDocument Build(string archiveId, DocumentContext context, ReadResult? read)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var soort = document.Soort;
        var fromFile = read?.Document;
        var diagnostics = new List<Diagnostic>(fromFile?.Diagnostics ?? []);
        bool notice = soort == OfficialKinds.DelayNotice;
        var reason = read is null ? SyncMessages.NoFile : read.Error;
        // A delay notice holds no questions: that its file has none is what it is, not a failure.
        if (fromFile is null && !(notice && reason is ReadErrors.NoQuestions))
            diagnostics.Add(new Diagnostic { Severity = DiagnosticSeverity.Error, Code = UnreadableCode, Message = SyncMessages.Unreadable(reason ?? SyncMessages.NoFile) });

        bool committeeList = OfficialKinds.IsCommitteeList(soort);
        var askedBy = committeeList ? fromFile?.AskedBy ?? [] : OfficialMetadata.AskedBy(context.Actors);
        var addressees = committeeList || context.Actors.Count == 0 ? fromFile?.Addressees ?? [] : OfficialMetadata.Addressees(context.Actors);
        var submittedOn = committeeList ? fromFile?.SubmittedOn : Monitoring.OfficialDates.Local(context.Case?.GestartOp);
        var answeredOn = OfficialKinds.IsAnswer(soort) || committeeList ? Monitoring.OfficialDates.Local(document.Datum) ?? fromFile?.AnsweredOn : null;
        if (fromFile is not null)
            diagnostics.AddRange(Differences(archiveId, fromFile, askedBy, submittedOn, answeredOn));

        var built = (fromFile ?? new QaDocument { Id = archiveId, Kind = KindOf(soort) }) with
        {
            Id = archiveId,
            Chamber = "Tweede Kamer",
            Session = OfficialIds.Session(document.Vergaderjaar) ?? fromFile?.Session,
            // The record says which Kamerstuk or Aanhangsel item it is, read or not: citations of it find it.
            Dossier = committeeList ? OfficialIds.Dossier(context.Dossier) ?? fromFile?.Dossier : fromFile?.Dossier,
            Number = committeeList ? document.Volgnummer ?? fromFile?.Number : fromFile?.Number,
            Title = fromFile?.Title ?? document.Titel,
            Subject = fromFile?.Subject ?? context.Case?.Onderwerp ?? document.Onderwerp,
            AskedBy = askedBy,
            Addressees = addressees,
            SubmittedOn = submittedOn,
            AnsweredOn = answeredOn,
            Diagnostics = diagnostics,
            Official = OfficialMetadata.Source(archiveId, context),
        };
        if (soort == OfficialKinds.Questions)
        {
            // The questions as filed: their answers live in the answer document of the same case.
            built = built with
            {
                Kind = DocumentKind.WrittenQuestions,
                Questions = [.. built.Questions.Select(q => q with { AnswerId = null })],
                Answers = [],
                Commitments = [],
            };
        }
        if (OfficialKinds.IsAnswer(soort) && OfficialIds.AanhangselItem(document) is { } item)
            built = built with { Session = item.Session, Number = item.Number };
        if (notice)
            built = built with { Questions = [], Answers = [], Commitments = [], Notice = fromFile?.Notice ?? new Notice { Text = document.Onderwerp ?? document.Titel ?? soort! } };
        return built;
    }

    private static DocumentKind KindOf(string? soort) =>
        OfficialKinds.IsCommitteeList(soort) ? DocumentKind.QuestionList : DocumentKind.WrittenQuestions;

    /// <summary>Where the file's own header disagrees with the record: another id, member, party or date.</summary>
    private static IEnumerable<Diagnostic> Differences(string archiveId, QaDocument file, IReadOnlyList<Member> askedBy, DateOnly? submittedOn, DateOnly? answeredOn)
    {
        Diagnostic Differs(string field, string inFile, string official) =>
            new() { Severity = DiagnosticSeverity.Warning, Code = DiffersCode, Message = SyncMessages.Differs(field, inFile, official) };

        if ((file.Id.StartsWith("ah-tk-", StringComparison.Ordinal) || file.Id.StartsWith("kst-", StringComparison.Ordinal)) && file.Id != archiveId)
            yield return Differs("its id", file.Id, archiveId);
        foreach (var member in file.AskedBy)
        {
            var official = askedBy.FirstOrDefault(m => SameName(m.Name, member.Name));
            if (official is null && askedBy.Count > 0)
                yield return Differs("a member who asked", member.Name, string.Join(", ", askedBy.Select(m => m.Name)));
            else if (official is { Party: { } party } && member.Party is { } printed && Normal(printed) != Normal(party))
                yield return Differs($"the party of {official.Name}", printed, party);
        }
        if (file.SubmittedOn is { } fileSubmitted && submittedOn is { } recordSubmitted && fileSubmitted != recordSubmitted)
            yield return Differs("the date the questions were filed", Iso(fileSubmitted), Iso(recordSubmitted));
        if (file.AnsweredOn is { } fileAnswered && answeredOn is { } recordAnswered && fileAnswered != recordAnswered)
            yield return Differs("the date of the answers", Iso(fileAnswered), Iso(recordAnswered));
    }

    /// <summary>"Mutluer" and "H. Mutluer" (or "Van der Lee" and "Lee, T. van der") name the same member: the surname decides.</summary>
    private static bool SameName(string a, string b)
    {
        var x = Normal(a);
        var y = Normal(b);
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal) || Surname(a) == Surname(b);
    }

    private static string Surname(string name) => Normal(name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name);

    private static string Normal(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
