using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Entities;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Reporting;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Tests.Events;

/// <summary>
/// TEST ONLY. Stands in for the entities, places and time stages: fills <see cref="EntityGraph"/>,
/// <see cref="PlaceSet"/> and <see cref="TimeExpression"/> from annotations written beside a spec
/// example, so the events stage is tested on its own logic. Lines:
/// <c>@place Name | kind | admin1 | ISO [| other mention; ... [| lat, lon]]</c>,
/// <c>@time phrase | yyyy-MM-dd | precision</c>,
/// <c>@entity Name | type | ISO or - | mention; mention [| role]</c>.
/// Every whole-word occurrence of a mention string in the text becomes a mention.
/// </summary>
public sealed class GivenAnnotationsStage(IReadOnlyList<string> givens) : IStage
{
    /// <inheritdoc />
    public string Name => "given-annotations (test only)";

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Needs { get; } = [TextAnnotations.Tokens];

    /// <inheritdoc />
    public IReadOnlyList<AnnotationKey> Produces { get; } = [EntityGraph.Key, PlaceSet.Key, TimeExpression.Key];

    /// <summary>Splits spec input into given lines (starting with <c>@</c>) and the article text.</summary>
    public static (List<string> Givens, string Text) Split(string input)
    {
        var lines = input.Split('\n');
        return ([.. lines.Where(l => l.StartsWith('@'))], string.Join('\n', lines.Where(l => !l.StartsWith('@'))));
    }

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var graph = new EntityGraph();
        var places = new PlaceSet();
        var times = new List<TimeExpression>();
        foreach (var line in givens)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var fields = line[(space + 1)..].Split('|', StringSplitOptions.TrimEntries);
            switch (line[..space])
            {
                case "@place":
                    Place? place = null;
                    foreach (var span in Find(document.Text, [fields[0], .. Extra(fields, 4)]))
                    {
                        if (place is null)
                        {
                            place = places.Add(fields[0], Enum.Parse<PlaceKind>(fields[1], ignoreCase: true), span);
                            place.Admin1 = fields[2] == "-" ? null : fields[2];
                            place.Country = fields[3];
                            if (fields.Length > 5 && fields[5].Split(',') is [var lat, var lon])
                            {
                                (place.Lat, place.Lon) = (double.Parse(lat, CultureInfo.InvariantCulture), double.Parse(lon, CultureInfo.InvariantCulture));
                            }

                            // A name the gazetteer lacks, given with no container, is what the resolver places at the document's focus.
                            place.Rule = place.Kind == PlaceKind.Other ? "document focus: " + place.Admin1 : null;
                        }
                        else
                        {
                            place.AddMention(span);
                        }
                    }

                    break;
                case "@time":
                    var date = DateOnly.ParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var precision = Enum.Parse<DatePrecision>(fields[2], ignoreCase: true);
                    times.AddRange(Find(document.Text, [fields[0]]).Select(s => new TimeExpression(s, date, precision, "given")));
                    break;
                case "@entity":
                    Entity? entity = null;
                    foreach (var span in Find(document.Text, Extra(fields, 3)))
                    {
                        if (entity is null)
                        {
                            entity = graph.Add(Enum.Parse<EntityType>(fields[1], ignoreCase: true), fields[0], span, MentionKind.Name);
                            entity.Affiliation = fields[2] == "-" ? null : fields[2];
                            entity.Role = fields.Length > 4 ? fields[4] : null;
                        }
                        else
                        {
                            entity.AddMention(span, MentionKind.Name);
                        }
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown given: {line}");
            }
        }

        document.Set(EntityGraph.Key, graph);
        document.Set(PlaceSet.Key, places);
        document.Set(TimeExpression.Key, [.. times.OrderBy(t => t.Span.Start)]);
    }

    private static string[] Extra(string[] fields, int index) =>
        fields.Length > index ? fields[index].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];

    private static IEnumerable<TextSpan> Find(string text, IEnumerable<string> needles)
    {
        var spans = new List<TextSpan>();
        foreach (var needle in needles)
        {
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + needle.Length;
                if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])) && !spans.Exists(s => s.Overlaps(new TextSpan(at, end))))
                {
                    spans.Add(new TextSpan(at, end));
                }
            }
        }

        return spans.OrderBy(s => s.Start);
    }
}
