using ParlQA.Model;

namespace ParlQA.Archive.People;

/// <summary>
/// The archive's documents by the people in them: each member who asked (with their parties), each party, each
/// ministry answered for and each person who answered — with what their documents add up to (<see cref="PeopleGroup"/>).
/// One member or answering person printed in several ways is one (<see cref="SamePerson"/>); parties and ministries are matched as printed.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly IReadOnlyList<DocumentPeople> _documents;

    /// <summary>Each answering person's printed name (by ministry) to the one name they are shown under (<see cref="SamePerson"/>).</summary>
    private readonly IReadOnlyDictionary<(string? Ministry, string Person), string> _answerers;

    /// <summary>Each member's printed name to the one name they are shown under (<see cref="SamePerson.Members"/>).</summary>
    private readonly IReadOnlyDictionary<string, string> _members;

    public PeopleDirectory(IReadOnlyList<DocumentPeople> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _documents = [.. documents.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id, StringComparer.Ordinal)];
        _answerers = SamePerson.Names(_documents.Where(d => d.Answerer is not null).Select(d => (d.Ministry, d.Answerer!)));
        _members = SamePerson.Members(_documents.SelectMany(d => d.AskedBy.Select(m => m.Name).Distinct(StringComparer.Ordinal)));
    }

    /// <summary>Every member who asked, most documents first; one member printed in several ways is one (<see cref="SamePerson.Members"/>).</summary>
    public IReadOnlyList<PeopleGroup> Members() => Groups(d => d.AskedBy.Select(MemberName));

    /// <summary>A member by any name they are printed under, shown under their one name.</summary>
    public PeopleGroup? Member(string name)
    {
        var shown = _members.GetValueOrDefault(name, name);
        return Group(shown, d => d.AskedBy.Any(m => MemberName(m) == shown));
    }

    /// <summary>The parties a member asked for (a member may change party), most documents first.</summary>
    public IReadOnlyList<(string Name, int Documents)> PartiesOf(string member) =>
        PeopleGroup.Count(_documents.SelectMany(d => d.AskedBy.Where(m => MemberName(m) == _members.GetValueOrDefault(member, member)).Select(m => m.Party).Distinct()));

    public IReadOnlyList<PeopleGroup> Parties() => Groups(d => d.AskedBy.Select(m => m.Party).OfType<string>());

    public PeopleGroup? Party(string name) => Group(name, d => d.AskedBy.Any(m => m.Party == name));

    /// <summary>The members who asked for a party, most documents first.</summary>
    public IReadOnlyList<(string Name, int Documents)> MembersOf(string party) =>
        PeopleGroup.Count(_documents.SelectMany(d => d.AskedBy.Where(m => m.Party == party).Select(MemberName).Distinct()));

    /// <summary>Every ministry answered for (or asked, when the answerer is not known), most documents first.</summary>
    public IReadOnlyList<PeopleGroup> Ministries() => Groups(d => d.Ministry is { } m ? [m] : []);

    public PeopleGroup? Ministry(string name) => Group(name, d => d.Ministry == name);

    /// <summary>The documents no ministry could be told for.</summary>
    public PeopleGroup WithoutMinistry => new("", [.. _documents.Where(d => d.Ministry is null)]);

    /// <summary>The people who answered for a ministry, most documents first.</summary>
    public IReadOnlyList<(string Name, int Documents)> AnswerersOf(string ministry) =>
        PeopleGroup.Count(_documents.Where(d => d.Ministry == ministry).Select(AnswererOf));

    /// <summary>Every person who answered ("Minister De Jonge"), most documents first; one person printed in several
    /// ways is one (<see cref="SamePerson"/>).</summary>
    public IReadOnlyList<PeopleGroup> Answerers() => Groups(d => AnswererOf(d) is { } a ? [a] : []);

    /// <summary>The documents no answering person is named in.</summary>
    public PeopleGroup WithoutAnswerer => new("", [.. _documents.Where(d => d.Answerer is null)]);

    /// <summary>The name a member is shown under.</summary>
    private string MemberName(Member member) => _members.GetValueOrDefault(member.Name, member.Name);

    /// <summary>The name a document's answering person is shown under.</summary>
    private string? AnswererOf(DocumentPeople document) =>
        document.Answerer is { } person ? _answerers.GetValueOrDefault((document.Ministry, person), person) : null;

    private PeopleGroup? Group(string name, Func<DocumentPeople, bool> belongs) =>
        _documents.Where(belongs).ToList() is { Count: > 0 } documents ? new PeopleGroup(name, documents) : null;

    private List<PeopleGroup> Groups(Func<DocumentPeople, IEnumerable<string>> names) =>
        [.. _documents.SelectMany(d => names(d).Distinct().Select(name => (name, d)))
            .GroupBy(x => x.name, StringComparer.Ordinal)
            .Select(g => new PeopleGroup(g.Key, [.. g.Select(x => x.d)]))
            .OrderByDescending(g => g.Documents.Count).ThenBy(g => g.Name, StringComparer.Ordinal)];
}
