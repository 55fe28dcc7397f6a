namespace Sitrep.Reporting;

/// <summary>A casualty figure as a range: vague quantities keep min and max apart.</summary>
/// <param name="Min">Lowest figure the text supports.</param>
/// <param name="Best">Best single estimate (ACLED's conservative convention).</param>
/// <param name="Max">Highest figure the text supports; null when open-ended ("more than 20").</param>
public sealed record Casualties(int Min, int Best, int? Max);

/// <summary>Munitions counts; null means not stated.</summary>
/// <param name="Launched">Launched or fired.</param>
/// <param name="Intercepted">Shot down or intercepted.</param>
public sealed record Munitions(int? Launched, int? Intercepted);

/// <summary>Killed and injured for one victim category.</summary>
/// <param name="Category">Who the victims were.</param>
/// <param name="Killed">Number killed, when stated.</param>
/// <param name="Injured">Number injured, when stated.</param>
public sealed record VictimCount(VictimCategory Category, int? Killed, int? Injured);

/// <summary>A span of text that supports one field of an event.</summary>
/// <param name="Field">The field the span supports ("killed", "place", "actors", ...).</param>
/// <param name="Start">Start offset (UTF-16).</param>
/// <param name="End">End offset, exclusive.</param>
public sealed record Evidence(string Field, int Start, int End);
