using Microsoft.Extensions.Localization;
using ParlQA.Web.Hosting;
using ParlQA.Web.Pages;

namespace ParlQA.Web.Feeds;

/// <summary>The commitments feed: a commitment when it is made, and again each time its status changes (who marked it kept, with what).</summary>
public static partial class AtomFeeds
{
    private static IEnumerable<FeedEntry> CommitmentEntries(ArchiveService archive, IStringLocalizer text)
    {
        var register = archive.Commitments(null, null);
        var byId = register.ToDictionary(c => c.Id);
        var made = register.Select(c => new FeedEntry(
            $"/d/{Uri.EscapeDataString(c.DocumentId)}#{c.AnswerId}", $"commitment-{c.Id}",
            (c.Ministry is null ? "" : c.Ministry + ": ") + AtomWriter.Shorten(c.Text), c.Text, Dated(archive, c.DocumentId, c.MadeOn)));
        var changed = archive.CommitmentChanges(limit: 100).Where(h => byId.ContainsKey(h.CommitmentId)).Select(h =>
        {
            var c = byId[h.CommitmentId];
            var change = text["CommitmentChanged", text["Status_" + h.From], text["Status_" + h.To], DocumentVersionsModel.Who(h.By)];
            return new FeedEntry($"/commitments#commitment-{c.Id}", $"commitment-change-{h.Number}",
                $"{text["Status_" + h.To]}: " + (c.Ministry is null ? "" : c.Ministry + ": ") + AtomWriter.Shorten(c.Text),
                change + (h.FulfilledBy is { } document ? " · " + text["FeedKeptBy", document] : "") + "\n" + c.Text, h.At);
        });
        return made.Concat(changed).OrderByDescending(e => e.Updated).Take(100);
    }
}
