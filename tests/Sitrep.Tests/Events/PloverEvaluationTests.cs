using Sitrep.Evaluation.Plover;

namespace Sitrep.Tests.Events;

public sealed class PloverEvaluationTests
{
    // Records in the PLOVER gold-standard shape, written for this test.
    private const string Records = """
        [
          {"id": "DOC", "event": "DOCUMENT"},
          {"id": "R1", "event": "DEMAND", "text": "Norway urged Sweden to release the fishermen.",
           "source": [{"actorText": "Norway", "code": "NOR"}], "target": [{"actorText": "Sweden", "code": "SWE"}]},
          {"id": "R2", "event": "DISAPPROVE", "mode": "", "text": "The council condemned Japan over the whaling.",
           "source": [{"actorText": "council", "code": "IGO"}], "target": [{"actorText": "Japan", "code": "JAP"}]},
          {"id": "R3", "event": "AGREE", "text": "The weather was mild in the valley.", "source": "", "target": ""}
        ]
        """;

    [Fact]
    public void Maps_the_2016_categories_and_keeps_only_country_codes()
    {
        var records = Read();

        Assert.Equal(["REQUEST", "ACCUSE", "AGREE"], records.Select(r => r.Category));
        Assert.Equal("DISAPPROVE", records[1].Original);
        Assert.Null(records[1].Mode);
        Assert.Empty(records[1].Sources); // IGO names no country
        Assert.Equal(["JPN"], records[1].Targets); // the CAMEO spelling JAP is Japan's ISO code
    }

    [Fact]
    public void Scores_the_main_event_and_its_countries()
    {
        var errors = new StringWriter();

        var metrics = PloverEvaluation.Score(Analyzer.Default, Read(), errors);

        Assert.Equal(2.0 / 3, metrics["accuracy"]!.Value, 3);
        Assert.Equal(1.0, metrics["actor_country"]);
        Assert.Equal(1.0, metrics["target_country"]);
        Assert.Contains("R3\tcategory\tgold AGREE", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_that_is_not_an_array()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"event\": \"AGREE\"}");

        Assert.Throws<InvalidDataException>(() => PloverGold.Read(path));
        File.Delete(path);
    }

    private static IReadOnlyList<PloverRecord> Read()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Records);
        try
        {
            return PloverGold.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
