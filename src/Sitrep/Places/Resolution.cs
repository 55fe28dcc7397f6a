namespace Sitrep.Places;

/// <summary>The gazetteer entry chosen for one mention (null when no entry fits) and the rule that decided.</summary>
/// <param name="Entry">The entry, or null.</param>
/// <param name="Rule">Readable name of the deciding rule, for the evidence view.</param>
/// <param name="Approximate">
/// True when the name itself is not in the gazetteer and <paramref name="Entry"/> is only the place that contains
/// it (a street placed at its city): the mention keeps its own name, kind other, and the container's point.
/// </param>
internal readonly record struct Resolution(GeoEntry? Entry, string Rule, bool Approximate = false);
