using Sitrep.Events;
using Sitrep.Pipeline;
using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Tests.Events;

public sealed class EventsStageTests
{
    private const string Wave =
        "Russian drones struck a school in Kharkiv overnight, killing two teachers. Air defence shot down 40 of 52 drones.";

    [Theory]
    [InlineData("A shell hit the depot, which was once owned, as it happens, by Mr.")]
    [InlineData("Drones struck the port, killing two, according to figures released by")]
    public void A_text_cut_off_after_by_reads_without_error(string text)
    {
        var report = Analyzer.Default.Analyze(text);

        Assert.All(report.Events, e => Assert.Empty(e.Actors));
    }

    [Fact]
    public void Runs_without_entities_places_or_time_and_leaves_their_fields_empty()
    {
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new EventsStage()).Build();

        var events = Analyzer.ToReport(pipeline.Process(new Document(Wave))).Events;

        var strike = Assert.Single(events, e => e.Category == EventCategory.Violence);
        Assert.Equal("Air/drone strike", strike.SubEventType);
        Assert.Equal(WeaponClass.Drone, strike.Weapon);
        Assert.Equal(TargetType.Education, strike.TargetType);
        Assert.Equal(2, strike.Killed?.Best);
        Assert.Empty(strike.Actors);
        Assert.Null(strike.Place);
        Assert.Null(strike.Date);
    }

    [Fact]
    public void Every_filled_field_has_evidence_inside_the_text()
    {
        var givens = new[] { "@place Kharkiv | city | Kharkiv Oblast | UA", "@time overnight | 2026-03-01 | day", "@entity Russia | country | RU | Russian" };
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();

        var strike = Analyzer.ToReport(pipeline.Process(new Document(Wave))).Events.First(e => e.Category == EventCategory.Violence);

        ISet<string> fields = strike.Evidence.Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "actors", "weapon", "targetType", "place", "date", "killed", "victims", "munitions" }, fields);
        Assert.All(strike.Evidence, e => Assert.InRange(e.End, e.Start + 1, Wave.Length));
    }

    [Fact]
    public void A_country_actor_missing_from_the_graph_is_added_as_a_country_entity()
    {
        const string text = "The Russians shelled a village in Kherson, injuring three people.";
        var givens = new[] { "@entity Russians | group | RU | Russians", "@place Kherson | city | Kherson Oblast | UA" };
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();

        var report = Analyzer.ToReport(pipeline.Process(new Document(text)));

        var actor = report.Entities.Single(e => e.Id == Assert.Single(report.Events).Actors.Single());
        Assert.Equal((EntityType.Country, "Russia", "RU"), (actor.Type, actor.Name, actor.Affiliation));
    }

    [Fact]
    public void Target_evidence_names_the_struck_object_and_weapon_evidence_every_weapon()
    {
        const string text = "Rebels attacked an electric power substation in Tumaco with dynamite and grenades.";
        var givens = new[] { "@place Tumaco | city | Narino | CO", "@entity Colombia | country | CO | Colombia" };
        var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new GivenAnnotationsStage(givens)).Add(new EventsStage()).Build();

        var strike = Assert.Single(Analyzer.ToReport(pipeline.Process(new Document(text))).Events);

        string[] Spans(string field) => [.. strike.Evidence.Where(e => e.Field == field).Select(e => text[e.Start..e.End])];
        Assert.Equal(["electric power substation"], Spans("targetType"));
        Assert.Equal(["dynamite", "grenades"], Spans("weapon"));
        Assert.Equal(TargetType.Energy, strike.TargetType);
    }

    [Fact]
    public void The_default_pipeline_runs_the_events_stage_last()
    {
        Assert.IsType<EventsStage>(Analyzer.Default.Pipeline.Stages[^1]);
    }

    [Fact]
    public void Event_reports_pass_the_contract_validator()
    {
        var report = Analyzer.Default.Analyze(Wave + " The minister condemned the attack.");

        Assert.NotEmpty(report.Events);
        Assert.Empty(ReportValidator.Validate(report));
    }
}
