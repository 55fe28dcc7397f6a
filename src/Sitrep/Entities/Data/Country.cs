namespace Sitrep.Entities.Data;

/// <summary>One row of <c>countries.txt</c>: a country, its code, demonym and capital.</summary>
/// <param name="Iso">ISO 3166-1 alpha-2 code.</param>
/// <param name="Name">The name reported for the country entity.</param>
/// <param name="Demonym">The first adjective ("Russian").</param>
internal sealed record Country(string Iso, string Name, string Demonym);
