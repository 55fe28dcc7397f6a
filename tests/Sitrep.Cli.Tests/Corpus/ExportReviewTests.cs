using Sitrep.Corpus.Review;
using Sitrep.Corpus.Store;

namespace Sitrep.Cli.Tests.Corpus;

/// <summary><c>sitrep export</c> applies analysts' reviews as the server's exports do.</summary>
public sealed class ExportReviewTests
{
    [Fact]
    public void Export_uses_corrected_figures_and_leaves_rejected_events_out()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", "A Russian drone strike killed three people in Kharkiv on Tuesday, the regional governor said.\n\n"
            + "Shelling damaged a school in Kherson on Monday, officials said. Two people were injured.\n");
        var db = Path.Combine(folder.Path, "corpus.db");
        Assert.Equal(ExitCodes.Ok, CliRun.Of("ingest", Path.Combine(folder.Path, "in"), "--db", db, "--published", "2026-03-12").ExitCode);
        using (var store = CorpusStore.Open(db))
        {
            var events = store.Events(CorpusFilter.None).ToList();
            var kharkiv = Assert.Single(events, e => e.Admin1 == "Kharkiv Oblast");
            var kherson = Assert.Single(events, e => e.Admin1 == "Kherson Oblast");
            var reviews = (IReviewStore)store;
            reviews.AddReview(new ReviewEntry { DocumentId = kharkiv.DocumentId, EventId = kharkiv.EventId, Action = ReviewActions.Correct, Field = "killed", OldValue = "3", NewValue = "41", Reviewer = "test", At = 1 });
            reviews.AddReview(new ReviewEntry { DocumentId = kherson.DocumentId, EventId = kherson.EventId, Action = ReviewActions.Reject, Reviewer = "test", At = 2 });
        }

        var csv = CliRun.Of("export", "--format", "acled", "--db", db);
        var geojson = CliRun.Of("export", "--format", "geojson", "--db", db);

        Assert.Equal(2, csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + Kharkiv
        Assert.Contains(",41,", csv.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kherson", csv.Output, StringComparison.Ordinal);
        Assert.Contains("\"killed\":41", geojson.Output.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Kherson", geojson.Output, StringComparison.Ordinal);
    }
}
