using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>Names the gazetteer lacks are placed at their container or the document's focus, marked approximate.</summary>
public sealed class ApproximatePlaceTests
{
    private static readonly Analyzer Full = Analyzer.Default;
    private static readonly Analyzer Pipeline = new(new Sitrep.Pipeline.PipelineBuilder().Add(new TextStage()).Add(new PlaceStage()).Build());

    // Resolves every given name (all occurrences) as gold spans of the text; returns the place at the first occurrence of target.
    private static Place Resolve(string text, string target, params string[] others)
    {
        var spans = others.Append(target).SelectMany(n => SpansOf(text, n)).Distinct().ToList();
        return PlaceStage.ResolveSpans(text, spans).At(SpansOf(text, target)[0])!;
    }

    private static List<TextSpan> SpansOf(string text, string name)
    {
        var spans = new List<TextSpan>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, at + name.Length));
        }

        Assert.NotEmpty(spans);
        return spans;
    }

    private static void AssertAt(Place place, Place container)
    {
        Assert.Equal(PlaceKind.Other, place.Kind);
        Assert.Null(place.GeonamesId);
        Assert.Equal((container.Country, container.Admin1, container.Lat, container.Lon), (place.Country, place.Admin1, place.Lat, place.Lon));
    }

    [Fact]
    public void Places_a_street_missing_from_the_gazetteer_at_the_town_named_after_it()
    {
        const string text = "A water main burst under Quillby Avenue in Tulsa, Oklahoma, early on Monday.";
        var street = Resolve(text, "Quillby Avenue", "Tulsa", "Oklahoma");
        var tulsa = Resolve(text, "Tulsa", "Quillby Avenue", "Oklahoma");
        AssertAt(street, tulsa);
        Assert.Equal(("Quillby Avenue", "within Tulsa"), (street.Name, street.Rule));
        Assert.Equal(("US", "Oklahoma"), (street.Country, street.Admin1));
    }

    [Fact]
    public void Reads_a_possessive_town_before_the_name_as_its_container()
    {
        const string text = "Crowds filled Tulsa's Marrowby Square for the vigil.";
        var square = Resolve(text, "Marrowby Square", "Tulsa");
        Assert.Equal(("US", "Oklahoma", "within Tulsa"), (square.Country, square.Admin1, square.Rule));
    }

    [Fact]
    public void Reads_X_of_Y_as_a_name_inside_its_container()
    {
        const string text = "Shops reopened in the Tamsworth Quarter of Lviv after the alert ended.";
        var quarter = Resolve(text, "Tamsworth Quarter", "Lviv");
        Assert.Equal(("UA", "within Lviv"), (quarter.Country, quarter.Rule));
    }

    [Fact]
    public void Places_a_name_with_no_container_at_the_city_the_story_names_most()
    {
        const string text = "Spokane officials closed two schools on Tuesday. Parents gathered outside Brindlecroft Hall, "
            + "and the mayor of Spokane said buses from Seattle would help. Spokane expects the schools to reopen next week.";
        var hall = Resolve(text, "Brindlecroft Hall", "Spokane", "Seattle");
        Assert.Equal(("US", "Washington", "document focus: Spokane"), (hall.Country, hall.Admin1, hall.Rule));
        AssertAt(hall, Resolve(text, "Spokane", "Seattle"));
    }

    [Fact]
    public void Focuses_on_the_state_a_story_names_most_when_it_names_no_town_there()
    {
        const string text = "Ohio lawmakers met on Monday. Voters across Ohio will decide in May, and Kentucky has a similar vote. "
            + "The measure was drafted at Pellham Lodge.";
        var lodge = Resolve(text, "Pellham Lodge", "Ohio", "Kentucky");
        Assert.Equal(("US", "Ohio", "document focus: Ohio"), (lodge.Country, lodge.Admin1, lodge.Rule));
    }

    [Fact]
    public void Leaves_an_unknown_name_without_a_point_when_the_story_resolves_no_other_place()
    {
        var place = Resolve("The ferry docked at Pellham Lodge after the storm.", "Pellham Lodge");
        Assert.Equal((PlaceKind.Other, "not in gazetteer"), (place.Kind, place.Rule));
        Assert.Null(place.Lat);
        Assert.Null(place.Country);
    }

    [Fact]
    public void Never_places_people_or_demonyms_found_by_the_full_pipeline()
    {
        const string text = "Marta Vellichor, a Ukrainian engineer, told reporters in Kharkiv that the Brindlecroft plant was hit.";
        var places = Pipeline.Annotate(text).Get(PlaceSet.Key).Places;
        Assert.Equal(["Kharkiv"], places.Select(p => p.Name));
    }

    [Fact]
    public void Keeps_a_village_the_model_finds_but_the_gazetteer_lacks_within_its_region_with_its_repeats()
    {
        const string text = "Shelling hit the village of Zarichne Druhe, Kharkiv region, on Monday, the governor said.\n\nResidents of Zarichne Druhe were moved to Kharkiv.";
        var places = Full.Annotate(text).Get(PlaceSet.Key).Places;

        var village = Assert.Single(places, p => p.Name == "Zarichne Druhe");
        Assert.Equal(2, village.Mentions.Count);
        AssertAt(village, Assert.Single(places, p => p.Kind == PlaceKind.Admin1));
        Assert.StartsWith("within", village.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_word_the_model_calls_a_place_once_with_no_container_is_not_a_place()
    {
        const string text = "Ebola vaccines arrived in Lviv on Tuesday, and Tamiflu stocks were checked, officials said.";
        Assert.Equal(["Lviv"], Full.Annotate(text).Get(PlaceSet.Key).Places.Select(p => p.Name));
    }

}
