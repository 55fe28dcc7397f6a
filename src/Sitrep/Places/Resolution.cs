namespace Sitrep.Places;

/// <summary>The gazetteer entry chosen for one mention (null when no entry fits) and the rule that decided.</summary>
/// <param name="Entry">The entry, or null.</param>
/// <param name="Rule">Readable name of the deciding rule, for the evidence view.</param>
internal readonly record struct Resolution(GeoEntry? Entry, string Rule);
