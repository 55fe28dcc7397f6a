using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

public sealed class PlaceResolutionTests
{
    [Fact]
    public void Loads_the_gazetteer_once_with_every_kind_of_entry()
    {
        var count = GazetteerInfo.EntryCount;
        Assert.True(count > 200_000, $"only {count} entries");
        Assert.Same(Gazetteer.Shared, Gazetteer.Shared);
        var kinds = Gazetteer.Shared.Entries.Select(e => e.Kind).ToHashSet();
        Assert.Equal(5, kinds.Count);
    }

    [Fact]
    public void Records_the_deciding_rule_for_each_place()
    {
        const string text = "Drones hit Konotop, Sumy region. Kharkiv was shelled.";
        var set = PlaceStage.ResolveSpans(text, [new TextSpan(11, 18), new TextSpan(20, 31), new TextSpan(33, 40)]);
        Assert.Equal("context: X, Y", set.At(new TextSpan(11, 18))!.Rule);
        Assert.Equal("region suffix", set.At(new TextSpan(20, 31))!.Rule);
        Assert.Equal("city over region", set.At(new TextSpan(33, 40))!.Rule);
    }

    [Fact]
    public void Keeps_an_unknown_name_as_an_unresolved_place_without_failing_the_document()
    {
        const string text = "Crews reached Qwxzvillehamlet and Kyiv.";
        var set = PlaceStage.ResolveSpans(text, [new TextSpan(14, 29), new TextSpan(34, 38)]);
        Assert.Equal(PlaceKind.Other, set.At(new TextSpan(14, 29))!.Kind);
        Assert.Equal("UA", set.At(new TextSpan(34, 38))!.Country);
    }

    [Fact]
    public void Resolves_a_demonym_span_to_its_country_only_when_given_as_a_toponym()
    {
        const string text = "Turkish officials met in Ankara.";
        var set = PlaceStage.ResolveSpans(text, [new TextSpan(0, 7)]);
        Assert.Equal("TR", set.At(new TextSpan(0, 7))!.Country);
        Assert.Equal(PlaceKind.Country, set.At(new TextSpan(0, 7))!.Kind);
    }

    [Fact]
    public void Folds_accents_case_apostrophes_hyphens_and_a_leading_the()
    {
        Assert.Equal("zaporizhzhia", PlaceKey.Of("Zaporizhzhia"));
        Assert.Equal("sao paulo", PlaceKey.Of("São-Paulo"));
        Assert.Equal("black sea", PlaceKey.Of("the Black  Sea"));
        Assert.Equal("kharkivska oblast", PlaceKey.Of("Kharkivs’ka Oblast’"));
    }

    [Fact]
    public void Resolves_a_world_famous_name_to_the_local_town_when_the_story_is_about_one_state()
    {
        const string text = "Storms hit Memphis, Nashville and Knoxville on Monday. In Paris, the county seat, power was out.";
        var paris = text.IndexOf("Paris", StringComparison.Ordinal);
        List<string> cities = ["Memphis", "Nashville", "Knoxville"];
        var spans = cities
            .Select(n => new TextSpan(text.IndexOf(n, StringComparison.Ordinal), text.IndexOf(n, StringComparison.Ordinal) + n.Length))
            .Append(new TextSpan(paris, paris + 5)).ToList();
        var place = PlaceStage.ResolveSpans(text, spans).At(new TextSpan(paris, paris + 5))!;
        Assert.Equal(("US", "Tennessee"), (place.Country, place.Admin1));
        Assert.Equal("document context", place.Rule);
    }

    [Fact]
    public void Resolves_Paris_alone_to_the_French_capital()
    {
        const string text = "Ministers met in Paris on Monday.";
        var place = PlaceStage.ResolveSpans(text, [new TextSpan(17, 22)]).At(new TextSpan(17, 22))!;
        Assert.Equal("FR", place.Country);
    }
}
