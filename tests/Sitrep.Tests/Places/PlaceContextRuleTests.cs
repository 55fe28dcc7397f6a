using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Places;

/// <summary>Resolution rules for demonym spans, same-name towns and regions, abbreviations and country points.</summary>
public sealed class PlaceContextRuleTests
{
    // Resolves the given names (first occurrence of each) as gold spans of the text.
    private static Place Resolve(string text, string target, params string[] others)
    {
        List<TextSpan> spans = [.. others.Append(target).Select(n => SpanOf(text, n))];
        return PlaceStage.ResolveSpans(text, spans).At(SpanOf(text, target))!;
    }

    private static TextSpan SpanOf(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        return new TextSpan(start, start + name.Length);
    }

    [Fact]
    public void Resolves_a_continent_adjective_span_to_the_continent()
    {
        var place = Resolve("European ministers met in Vienna on Friday.", "European");
        Assert.Equal((PlaceKind.Region, "Europe"), (place.Kind, place.Name));
    }

    [Fact]
    public void Resolves_a_breakaway_region_adjective_span_to_the_region()
    {
        var place = Resolve("South Ossetian officials closed the crossing on Tuesday.", "South Ossetian");
        Assert.Equal((PlaceKind.Region, "South Ossetia"), (place.Kind, place.Name));
    }

    [Fact]
    public void Resolves_a_country_name_to_the_local_town_when_every_other_place_is_in_one_state_of_another_country()
    {
        const string text = "Storms hit Tyler and Longview overnight. In Palestine, crews cleared fallen trees.";
        var place = Resolve(text, "Palestine", "Tyler", "Longview");
        Assert.Equal((PlaceKind.City, "US", "Texas"), (place.Kind, place.Country, place.Admin1));
    }

    [Fact]
    public void Keeps_the_country_when_the_story_also_names_places_elsewhere()
    {
        const string text = "Envoys from Cairo and Tyler met in Palestine to discuss aid.";
        var place = Resolve(text, "Palestine", "Cairo", "Tyler");
        Assert.Equal(PlaceKind.Country, place.Kind);
    }

    [Fact]
    public void Keeps_a_state_over_a_small_same_name_town_in_another_state()
    {
        const string text = "A senator of Florida spoke to reporters in New York on Monday.";
        var place = Resolve(text, "Florida", "New York");
        Assert.Equal((PlaceKind.Admin1, "Florida"), (place.Kind, place.Name));
    }

    [Fact]
    public void Reads_a_county_name_that_is_also_a_demonym_as_the_county()
    {
        const string text = "Deputies in Guernsey County, Ohio, closed two roads.";
        var place = Resolve(text, "Guernsey County", "Ohio");
        Assert.Equal((PlaceKind.Admin2, "US"), (place.Kind, place.Country));
    }

    [Fact]
    public void Reads_the_abbreviation_Co_as_county()
    {
        const string text = "Deputies in Platte Co., Neb., found the missing hikers.";
        var place = Resolve(text, "Platte Co.", "Neb.");
        Assert.Equal((PlaceKind.Admin2, "Nebraska"), (place.Kind, place.Admin1));
    }

    [Fact]
    public void Resolves_Canadian_province_abbreviations()
    {
        var place = Resolve("Wildfires forced evacuations near Slave Lake, Alta., on Sunday.", "Alta.");
        Assert.Equal((PlaceKind.Admin1, "Alberta"), (place.Kind, place.Name));
    }

    [Fact]
    public void Pairs_a_town_with_the_county_of_the_same_story_that_contains_it()
    {
        const string text = "Deputies in Henry County searched for the driver. Schools in Paris reopened on Monday.";
        var paris = Resolve(text, "Paris", "Henry County");
        Assert.Equal(("US", "Tennessee"), (paris.Country, paris.Admin1));
        var county = Resolve(text, "Henry County", "Paris");
        Assert.Equal((PlaceKind.Admin2, "Tennessee"), (county.Kind, county.Admin1));
    }

    [Fact]
    public void Keeps_City_when_it_is_part_of_the_name()
    {
        var mexico = Resolve("Protesters marched through Mexico City on Sunday.", "Mexico City");
        Assert.Equal(("MX", PlaceKind.City), (mexico.Country, mexico.Kind));
        var kansas = Resolve("Flooding closed roads in Kansas City overnight.", "Kansas City");
        Assert.Equal("Kansas City", kansas.Name);
    }

    [Fact]
    public void Scores_countries_at_their_conventional_points()
    {
        var russia = Gazetteer.Shared.Country("RU")!;
        Assert.True(GeoDistance.Km(60, 100, russia.Lat, russia.Lon) < 20, $"Russia at {russia.Lat},{russia.Lon}");
        var us = Gazetteer.Shared.Country("US")!;
        Assert.True(GeoDistance.Km(39.83, -98.58, us.Lat, us.Lon) < 20, $"United States at {us.Lat},{us.Lon}");
    }

    [Fact]
    public void Gives_every_name_of_a_list_the_plural_kind_word_after_it()
    {
        const string text = "Hail damaged crops in Sarpy, Dodge and Saunders counties on Monday.";
        var sarpy = Resolve(text, "Sarpy", "Dodge", "Saunders");
        Assert.Equal((PlaceKind.Admin2, "Nebraska"), (sarpy.Kind, sarpy.Admin1));
        var dodge = Resolve(text, "Dodge", "Sarpy", "Saunders");
        Assert.Equal((PlaceKind.Admin2, "Nebraska"), (dodge.Kind, dodge.Admin1));
    }

    [Fact]
    public void Reads_two_oblasts_before_one_plural_region_word()
    {
        const string text = "Power returned to parts of the Sumy and Kharkiv regions by noon.";
        var sumy = Resolve(text, "Sumy", "Kharkiv");
        Assert.Equal((PlaceKind.Admin1, "Sumy Oblast"), (sumy.Kind, sumy.Name));
    }

    [Fact]
    public void Reads_Mt_as_Mount_so_every_Mount_Pleasant_is_a_candidate()
    {
        const string text = "Band students from Mt. Pleasant performed in Des Moines and Iowa City on Saturday.";
        var town = Resolve(text, "Mt. Pleasant", "Des Moines", "Iowa City");
        Assert.Equal(("US", "Iowa"), (town.Country, town.Admin1));
        var country = Resolve("Tourism officials in St. Kitts and Nevis expect more cruise visitors.", "St. Kitts and Nevis");
        Assert.Equal((PlaceKind.Country, "KN"), (country.Kind, country.Country));
    }

    [Fact]
    public void Gives_a_bare_repeat_of_a_name_the_place_its_container_named_earlier()
    {
        const string text = "Finalists include Louisville, Ky., and Springfield, Mass. Officials in Springfield said the award would fund ramps.";
        List<TextSpan> spans = [SpanOf(text, "Louisville"), SpanOf(text, "Ky."), SpanOf(text, "Springfield"), SpanOf(text, "Mass.")];
        var repeat = text.LastIndexOf("Springfield", StringComparison.Ordinal);
        spans.Add(new TextSpan(repeat, repeat + "Springfield".Length));
        var place = PlaceStage.ResolveSpans(text, spans).At(spans[^1])!;
        Assert.Equal(("US", "Massachusetts"), (place.Country, place.Admin1));
    }

    [Fact]
    public void Places_several_small_towns_in_the_one_state_where_all_of_them_fit()
    {
        const string text = "Volunteers from Bristol and Middlebury cleared fallen trees near Vergennes on Sunday.";
        var bristol = Resolve(text, "Bristol", "Middlebury", "Vergennes");
        Assert.Equal(("US", "Vermont"), (bristol.Country, bristol.Admin1));
        var middlebury = Resolve(text, "Middlebury", "Bristol", "Vergennes");
        Assert.Equal(("US", "Vermont"), (middlebury.Country, middlebury.Admin1));
    }
}
