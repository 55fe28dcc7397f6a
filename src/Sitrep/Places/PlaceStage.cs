using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Places;

/// <summary>
/// The places stage: recognises place names (gazetteer matching, kind words, entity mentions when present),
/// resolves each to the offline gazetteer and groups mentions of one resolved place into one <see cref="Place"/>.
/// </summary>
public sealed class PlaceStage : IPreloadingStage
{
    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens, TextAnnotations.Sentences];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } = [PlaceSet.Key];

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var gazetteer = Gazetteer.Shared;
        var mentions = new ToponymRecognizer(gazetteer).Find(document);
        document.Set(PlaceSet.Key, Build(gazetteer, document.Text, mentions));
    }

    /// <inheritdoc/>
    public void Preload() => GC.KeepAlive(Gazetteer.Shared);

    /// <summary>Resolves <paramref name="spans"/> of <paramref name="text"/> as place mentions (evaluation with gold spans).</summary>
    public static PlaceSet ResolveSpans(string text, IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var ordered = spans.OrderBy(s => s.Start).ToList();
        var mentions = new List<ToponymMention>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            // "Konotop, Sumy region" / "Konotop in Sumy region" / "Konotop (Sumy region)": the next span contains this one.
            var container = i + 1 < ordered.Count && ToponymMention.IsContainerGap(text.AsSpan(ordered[i].End, Math.Max(0, ordered[i + 1].Start - ordered[i].End))) ? i + 1 : -1;
            mentions.Add(new ToponymMention(ordered[i], container));
        }

        return Build(Gazetteer.Shared, text, mentions);
    }

    private static PlaceSet Build(Gazetteer gazetteer, string text, List<ToponymMention> mentions)
    {
        var resolutions = new PlaceResolver(gazetteer).Resolve(text, mentions);
        var set = new PlaceSet();
        var byEntry = new Dictionary<int, Place>();
        var unresolved = new Dictionary<(string Surface, int Container), Place>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var span = mentions[m].Span;
            if (resolutions[m] is not { Entry: { } entry, Approximate: false })
            {
                // Never drop a mention: an unknown name stays with kind "other", at its container's point when one is known.
                var surface = span.Of(text);
                var container = resolutions[m].Entry;
                var key = (surface, container?.Index ?? -1);
                if (unresolved.TryGetValue(key, out var known))
                {
                    known.AddMention(span);
                }
                else
                {
                    var place = set.Add(surface, Reporting.PlaceKind.Other, span);
                    place.Rule = resolutions[m].Rule;
                    if (container is not null)
                    {
                        Locate(place, container, gazetteer);
                        place.GeonamesId = null;
                    }

                    unresolved[key] = place;
                }

                continue;
            }

            if (byEntry.TryGetValue(entry.Index, out var existing))
            {
                existing.AddMention(span);
                continue;
            }

            var created = set.Add(entry.Name, entry.Kind, span);
            Locate(created, entry, gazetteer);
            created.Rule = resolutions[m].Rule;
            byEntry[entry.Index] = created;
        }

        return set;
    }

    // Country, admin-1, point and id of the gazetteer entry.
    private static void Locate(Place place, GeoEntry entry, Gazetteer gazetteer)
    {
        var admin1 = entry.Kind == Reporting.PlaceKind.Admin1 ? entry : gazetteer.Admin1(entry.Admin1Code);
        place.Country = entry.Country;
        place.Admin1 = entry.Kind is Reporting.PlaceKind.Country or Reporting.PlaceKind.Region ? null : admin1?.Name;
        place.Admin1GeonamesId = place.Admin1 is null ? null : admin1?.GeonamesId;
        place.Lat = entry.Lat;
        place.Lon = entry.Lon;
        place.GeonamesId = entry.GeonamesId;
    }
}
