using Lucene.Net.Index;
using Lucene.Net.Search;
using ParlQA.Archive.Search;
using static ParlQA.Bench.ParlQaLucene.ParlQaLuceneIndex;

namespace ParlQA.Bench.ParlQaLucene;

/// <summary>
/// ParlQA's query tree (<see cref="QueryParser"/>) as Lucene queries over <see cref="ParlQaLuceneIndex"/>, one per
/// <see cref="MatchLevel"/>, as the SQLite archive's <c>FtsQuery</c> writes it in FTS5: a word as written is a term
/// of the folded words; its forms, the term of its reversed stem; wider, the words that start like it and the
/// compounds that end in its stem (<see cref="TermMatch"/> names them). A "word*" is a prefix of the folded words at
/// every level; a quoted phrase, a <see cref="PhraseQuery"/> of folded words at every level; a NOT leaves out what its
/// right side matches at the widest level; a question in plain words (<see cref="AtLeastNode"/>) wants a minimum of its
/// words. Each word is looked for in the question (weighing three times) and in the answer.
/// </summary>
internal static class ParlQaLuceneQuery
{
    /// <summary>What each word a row holds weighs in a plain question's ranking: more than any BM25, so that rows
    /// with more of the words come first, as ParlQA's <c>FtsQuery.WordWeight</c> does.</summary>
    public const float WordWeight = 1000f;

    /// <summary>The rows <paramref name="node"/> matches at <paramref name="level"/>, scored by BM25 of what they match:
    /// at the exact level also by the word's other forms (ParlQA ranks the rows with a word as written by all they hold of it).</summary>
    public static Query Match(QueryNode node, MatchLevel level) => node switch
    {
        TermNode t => Term(t, level),
        PhraseNode p => Phrase(p),
        AndNode a => Boolean((Match(a.Left, level), Occur.MUST), (Match(a.Right, level), Occur.MUST)),
        OrNode o => Boolean((Match(o.Left, level), Occur.SHOULD), (Match(o.Right, level), Occur.SHOULD)),
        NotNode n => Boolean((Match(n.Left, level), Occur.MUST), (Match(n.Right, MatchLevel.Wide), Occur.MUST_NOT)),
        AtLeastNode l => AtLeast(l),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>
    /// At least the minimum of the words, each at the widest level: every word a row holds adds <see cref="WordWeight"/>
    /// (a constant score), then BM25 of its forms ranks the rows that hold as many.
    /// </summary>
    private static BooleanQuery AtLeast(AtLeastNode least)
    {
        var query = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = least.Minimum };
        foreach (var term in least.Terms)
        {
            var wide = Term(term, MatchLevel.Wide);
            query.Add(Boolean((new ConstantScoreQuery(wide) { Boost = WordWeight }, Occur.MUST), (wide, Occur.SHOULD)), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>A word in the question or the answer, at a level.</summary>
    private static BooleanQuery Term(TermNode term, MatchLevel level)
    {
        var match = TermMatch.For(term, level, _ => []);
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (text, weight) in Texts)
        {
            var inText = InText(term, level, match, text);
            inText.Boost = weight;
            either.Add(inText, Occur.SHOULD);
        }
        return either;
    }

    /// <summary>A word in one text at a level: its exact term (ranked with its other forms); the term of its stem;
    /// or the stem's term, the words that start like it and the reversed stems that start with its own (compounds).</summary>
    private static Query InText(TermNode term, MatchLevel level, TermMatch match, string text)
    {
        if (term.Prefix)
            return new PrefixQuery(new Term(Words(text), match.Prefixes[0]));
        var stem = new TermQuery(new Term(Stems(text), DutchTerms.Reverse(DutchTerms.Stem(term.Word))));
        switch (level)
        {
            case MatchLevel.Exact:
                return Boolean((new TermQuery(new Term(Words(text), term.Word)), Occur.MUST), (stem, Occur.SHOULD));
            case MatchLevel.Forms:
                return stem;
            default:
                var wide = new BooleanQuery(disableCoord: true) { { stem, Occur.SHOULD } };
                foreach (var prefix in match.Prefixes)
                    wide.Add(new PrefixQuery(new Term(Words(text), prefix)), Occur.SHOULD);
                foreach (var reversed in match.ReversedPrefixes)
                    wide.Add(new PrefixQuery(new Term(Stems(text), reversed)), Occur.SHOULD);
                return wide;
        }
    }

    /// <summary>The words of a phrase, in order, as written (folded), in the question or the answer.</summary>
    private static BooleanQuery Phrase(PhraseNode phrase)
    {
        var either = new BooleanQuery(disableCoord: true);
        foreach (var (text, weight) in Texts)
        {
            var inText = new PhraseQuery { Boost = weight };
            foreach (var word in phrase.Words)
                inText.Add(new Term(Words(text), word));
            either.Add(inText, Occur.SHOULD);
        }
        return either;
    }

    /// <summary>The filters the bench's queries use (kind, year, answered, from, to) as clauses that do not score;
    /// null for a filter this index does not hold (session, dossier, committee, people).</summary>
    public static Query? Filter(QueryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Query? query = filter.Key switch
        {
            "kind" => new TermQuery(new Term(Kind, filter.Value)),
            "year" => new PrefixQuery(new Term(Date, filter.Value)),
            "answered" => new TermQuery(new Term(Answered, filter.Value == "yes" ? "yes" : "no")),
            "from" => TermRangeQuery.NewStringRange(Date, filter.Value, null, includeLower: true, includeUpper: false),
            "to" => TermRangeQuery.NewStringRange(Date, "0", filter.Value, includeLower: true, includeUpper: true),
            _ => null,
        };
        return query is null ? null : new ConstantScoreQuery(query) { Boost = 0f };
    }

    public static BooleanQuery Boolean(params (Query Query, Occur Occur)[] clauses)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (clause, occur) in clauses)
            query.Add(clause, occur);
        return query;
    }
}
