using Sitrep.Entities.Ner;
using Sitrep.Entities.Resolution;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Entities;

/// <summary>
/// The entities stage: names from the shipped NER model, then organisations, people with roles and
/// affiliations, countries and groups as actors, role nominals and pronouns, each mention added to
/// the entity it refers to. Produces <see cref="EntityGraph.Key"/>.
/// </summary>
public sealed class EntitiesStage : IPreloadingStage
{
    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens, TextAnnotations.Sentences, TextAnnotations.Paragraphs];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } = [EntityGraph.Key];

    /// <inheritdoc/>
    public void Preload()
    {
        GC.KeepAlive(NerModel.Default);
        GC.KeepAlive(Data.EntityLexicon.Instance);
    }

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new EntityContext(document);
        NameTagging.Run(context, NerModel.Default);
        cancellationToken.ThrowIfCancellationRequested();
        OrganizationResolver.Run(context);
        PersonResolver.Run(context);
        NominalResolver.Run(context);
        ActorResolver.Run(context);
        PronounResolver.Run(context);
        document.Set(EntityGraph.Key, context.Graph);
    }
}
