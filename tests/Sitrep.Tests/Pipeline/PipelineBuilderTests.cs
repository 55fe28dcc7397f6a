using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly AnnotationKey<string> Shout = new("shout");
    private static readonly AnnotationKey<int> Count = new("count");

    private sealed class ShoutStage : IStage
    {
        public string Name => "shout";
        public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens];
        public IReadOnlyList<AnnotationKey> Produces { get; } = [Shout];
        public void Process(Document document, CancellationToken cancellationToken) => document.Set(Shout, document.Text.ToUpperInvariant());
    }

    private sealed class CountStage : IStage
    {
        public string Name => "count";
        public IReadOnlyList<AnnotationKey> Needs { get; } = [Shout];
        public IReadOnlyList<AnnotationKey> Produces { get; } = [Count];
        public void Process(Document document, CancellationToken cancellationToken) => document.Set(Count, document.Get(Shout).Length);
    }

    private sealed class LoadingStage : IPreloadingStage
    {
        public int Preloads;

        public ManualResetEventSlim Loaded { get; } = new();
        public string Name => "loading";
        public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens];
        public IReadOnlyList<AnnotationKey> Produces { get; } = [];
        public void Preload()
        {
            Interlocked.Increment(ref Preloads);
            Loaded.Set();
        }

        public void Process(Document document, CancellationToken cancellationToken) { }
    }

    public sealed class Build
    {
        [Fact]
        public void Given_stages_in_dependency_order_then_the_pipeline_runs_them_in_that_order()
        {
            var pipeline = new PipelineBuilder().Add(new TextStage()).Add(new ShoutStage()).Add(new CountStage()).Build();

            var document = pipeline.Process(new Document("abc"));

            Assert.Equal("ABC", document.Get(Shout));
            Assert.Equal(3, document.Get(Count));
            Assert.Equal(["text", "shout", "count"], pipeline.Stages.Select(s => s.Name));
        }

        [Fact]
        public void Given_a_stage_before_what_it_needs_then_build_names_both()
        {
            var builder = new PipelineBuilder().Add(new TextStage()).Add(new CountStage()).Add(new ShoutStage());

            var error = Assert.Throws<InvalidOperationException>(builder.Build);

            Assert.Contains("'count' needs 'shout'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Given_two_stages_producing_one_annotation_then_build_fails()
        {
            var builder = new PipelineBuilder().Add(new TextStage()).Add(new TextStage());

            Assert.Throws<InvalidOperationException>(builder.Build);
        }

        [Fact]
        public void The_built_pipeline_does_not_change_when_the_builder_does()
        {
            var builder = new PipelineBuilder().Add(new TextStage());
            var pipeline = builder.Build();

            builder.Add(new ShoutStage());

            Assert.Single(pipeline.Stages);
        }
    }

    public sealed class Placement
    {
        [Fact]
        public void Inserts_relative_to_a_stage_type_not_an_index()
        {
            var pipeline = new PipelineBuilder()
                .Add(new TextStage())
                .Add(new CountStage())
                .InsertBefore<CountStage>(new ShoutStage())
                .Build();

            Assert.Equal(["text", "shout", "count"], pipeline.Stages.Select(s => s.Name));
        }

        [Fact]
        public void Inserts_after_a_stage_type()
        {
            var builder = new PipelineBuilder().Add(new TextStage()).InsertAfter<TextStage>(new ShoutStage());

            Assert.True(builder.Contains<ShoutStage>());
            Assert.Equal(["text", "shout"], builder.Build().Stages.Select(s => s.Name));
        }

        [Fact]
        public void Placing_relative_to_a_missing_stage_fails()
        {
            Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().InsertAfter<CountStage>(new ShoutStage()));
        }

        [Fact]
        public void Removes_a_stage_by_type()
        {
            var builder = new PipelineBuilder().Add(new TextStage()).Add(new ShoutStage()).Remove<ShoutStage>();

            Assert.False(builder.Contains<ShoutStage>());
        }
    }

    public sealed class Process
    {
        [Fact]
        public void Honours_cancellation_between_stages()
        {
            var pipeline = new PipelineBuilder().Add(new TextStage()).Build();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.Throws<OperationCanceledException>(() => pipeline.Process(new Document("x"), cancelled.Token));
        }

        [Fact]
        public void The_first_document_preloads_each_later_stage_once_and_building_preloads_nothing()
        {
            var stage = new LoadingStage();
            var pipeline = new PipelineBuilder().Add(new TextStage()).Add(stage).Build();
            Assert.Equal(0, stage.Preloads);

            pipeline.Process(new Document("One."));
            pipeline.Process(new Document("Two."));

            Assert.True(stage.Loaded.Wait(TimeSpan.FromSeconds(30)));
            Assert.Equal(1, stage.Preloads);
        }

        [Fact]
        public void Reading_an_annotation_nobody_produced_names_it()
        {
            var error = Assert.Throws<InvalidOperationException>(() => new Document("x").Get(Shout));

            Assert.Contains("'shout'", error.Message, StringComparison.Ordinal);
        }
    }
}
