using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// The indexes that replaced linear scans (so long texts run in linear time) must answer exactly what the
/// scans answered: each test builds random spans, names and renames from a fixed seed and asks both.
/// </summary>
public sealed class IndexedLookupTests
{
    private static readonly string[] Names = ["Olena Dovzhenko", "Dovzhenko", "the police", "The Police", "gunmen", "Ivan Petrenko", "Petrenko", "rebels"];

    private static TextSpan RandomSpan(Random random, int textLength = 400, int maxLength = 30)
    {
        var start = random.Next(textLength);
        return new TextSpan(start, start + random.Next(maxLength + 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Entity_lookups_match_scans_of_every_entity_and_mention(int seed)
    {
        var random = new Random(seed);
        var graph = new EntityGraph();
        var types = new[] { EntityType.Person, EntityType.Organization, EntityType.Group };
        for (var n = 0; n < 60; n++)
        {
            var entity = graph.Add(types[random.Next(types.Length)], Names[random.Next(Names.Length)], RandomSpan(random), MentionKind.Name);
            for (var m = random.Next(20); m > 0; m--)
            {
                entity.AddMention(RandomSpan(random), MentionKind.Nominal);
            }

            if (random.Next(4) == 0)
            {
                graph.Entities[random.Next(graph.Entities.Count)].Name = Names[random.Next(Names.Length)];
            }

            if (random.Next(5) == 0)
            {
                entity.Affiliation = "UA";
            }
        }

        for (var q = 0; q < 2000; q++)
        {
            var span = RandomSpan(random);
            var entity = graph.Entities[random.Next(graph.Entities.Count)];
            Assert.Equal(entity.Mentions.Any(m => m.Span == span), entity.HasMention(span));
            Assert.Equal(entity.Mentions.Select(m => (EntityMention?)m).FirstOrDefault(m => m!.Value.Span.Overlaps(span)), entity.FirstOverlapping(span));
            Assert.Equal(entity.Mentions.Any(m => m.Span.Contains(span)), entity.AnyContaining(span));

            var id = "E" + random.Next(70);
            Assert.Same(graph.Entities.FirstOrDefault(e => e.Id == id), graph[id]);

            var name = Names[random.Next(Names.Length)];
            var type = types[random.Next(types.Length)];
            Assert.Same(
                graph.Entities.FirstOrDefault(e => e.Type == type && e.Affiliation is null && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)),
                graph.FirstNamed(name, e => e.Type == type && e.Affiliation is null));
            Assert.Same(
                graph.Entities.LastOrDefault(e => e.Type == type && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)),
                graph.LatestNamed(name, e => e.Type == type));
            var last = name[(name.LastIndexOf(' ') + 1)..];
            Assert.Same(
                graph.Entities.LastOrDefault(e => e.Type == type && string.Equals(e.Name[(e.Name.LastIndexOf(' ') + 1)..], last, StringComparison.OrdinalIgnoreCase)),
                graph.LatestWithLastWord(last, e => e.Type == type));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Place_at_a_span_is_the_earliest_created_place_with_an_overlapping_mention(int seed)
    {
        var random = new Random(seed);
        var places = new PlaceSet();
        for (var n = 0; n < 40; n++)
        {
            var place = places.Add("Place " + n, PlaceKind.City, RandomSpan(random, maxLength: 12));
            for (var m = random.Next(15); m > 0; m--)
            {
                places.Places[random.Next(places.Places.Count)].AddMention(RandomSpan(random, maxLength: random.Next(2) == 0 ? 4 : 40));
            }

            GC.KeepAlive(place);
        }

        for (var q = 0; q < 3000; q++)
        {
            var span = RandomSpan(random, maxLength: 10);
            Assert.Same(places.Places.FirstOrDefault(p => p.Mentions.Any(m => m.Overlaps(span))), places.At(span));
            var place = places.Places[random.Next(places.Places.Count)];
            Assert.Equal(place.Mentions.Select(m => (TextSpan?)m).FirstOrDefault(m => m!.Value.Overlaps(span)), place.FirstOverlapping(span));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Quote_lookups_match_scans_of_every_quote_in_report_order(int seed)
    {
        var random = new Random(seed);
        var quotes = new List<QuoteRecord>();
        for (var n = 0; n < 80; n++)
        {
            quotes.Add(new QuoteRecord
            {
                Id = "Q" + (n + 1),
                Kind = QuoteKind.Direct,
                Content = RandomSpan(random, maxLength: random.Next(3) == 0 ? 0 : 60),
                Cue = random.Next(4) == 0 ? null : RandomSpan(random, maxLength: 8),
            });
        }

        var index = new QuoteSpans(quotes);
        for (var q = 0; q < 3000; q++)
        {
            var span = RandomSpan(random, maxLength: 40);
            Assert.Same(quotes.FirstOrDefault(r => r.Cue is { } cue && cue.Overlaps(span)), index.ByCue(span));
            Assert.Same(quotes.FirstOrDefault(r => r.Content.Overlaps(span) && r.Content.Start >= span.Start), index.StartingIn(span));
            Assert.Equal(quotes.Any(r => r.Content.Overlaps(span)), index.AnyOverlapping(span));
        }
    }

    [Fact]
    public void Taken_tokens_answer_whether_a_range_overlaps_a_found_name()
    {
        var random = new Random(7);
        var found = new List<(int First, int Last)>();
        var taken = new TakenTokens(500, found);
        for (var q = 0; q < 3000; q++)
        {
            var first = random.Next(500);
            var last = Math.Min(499, first + random.Next(6));
            Assert.Equal(found.Exists(f => f.First <= last && first <= f.Last), taken.Any(first, last));
            if (random.Next(3) == 0)
            {
                found.Add((first, last));
                taken.Take(first, last);
            }
        }
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("KHARKIV")]
    [InlineData("İstanbul")]
    [InlineData("ΣΟΦΊΑ")]
    [InlineData("ЗАПОРІЖЖЯ")]
    [InlineData("\uD801\uDC00BC")]
    [InlineData("a-very-long-hyphenated-word-beyond-the-pooled-length-of-32")]
    public void Pooled_words_equal_fresh_ones_and_are_shared(string word)
    {
        var pool = new WordPool();

        Assert.Equal(word.ToLowerInvariant(), pool.LowerOf(word));
        Assert.Equal(word, pool.Of(word));
        if (word.Length <= 32)
        {
            Assert.Same(pool.Of(word), pool.Of(new string(word.AsSpan())));
        }
    }

    [Fact]
    public void Clitics_are_found_across_the_tokenizer_chunks()
    {
        // Thousands of tokens, so the tokenizer's chunks of 4,096 fill; every "'s" follows its word.
        var text = "A " + string.Concat(Enumerable.Repeat("Kyiv's ", 5000));
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(10_001, tokens.Length);
        Assert.All(Enumerable.Range(0, 5000), k => Assert.Equal(TokenKind.Clitic, tokens[2 + (2 * k)].Kind));
        Assert.Equal(tokens.Select(t => t.Start), tokens.Select(t => t.Start).Order());
    }
}
