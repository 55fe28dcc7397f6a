using System.Runtime.CompilerServices;
using Sitrep.Reporting;

namespace Sitrep.Places;

/// <summary>
/// The small maps a gazetteer derives from all its entries: admin-1 units by GeoNames code, countries by ISO
/// code, and the first words of names matched in any case. Computed by one pass over the entries when the
/// gazetteer is inflated; a gazetteer image stores them, so a mapped start touches none of the entry columns.
/// </summary>
internal sealed record GazetteerLookups(
    Dictionary<string, int> Admin1ByCode, Dictionary<string, int> CountryByIso, IReadOnlyCollection<string> AnyCaseStarts)
{
    /// <summary>The lookups of <paramref name="entries"/>, whose names are <paramref name="names"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // one loop over ~230k entries
    public static GazetteerLookups Compute(EntryTable entries, KeyIndex names)
    {
        var admin1ByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryByIso = new Dictionary<string, int>(StringComparer.Ordinal);
        var anyCase = new HashSet<int>();
        var columns = entries.Columns;
        for (var i = 0; i < entries.Count; i++)
        {
            // Only the few countries, admin-1 units and any-case regions become objects here.
            if (columns.Kind(i) == PlaceKind.Admin1 && entries[i].Admin1Code is { } code)
            {
                admin1ByCode.TryAdd(code, i);
            }
            else if (columns.Kind(i) == PlaceKind.Country && entries[i].Country is { } iso)
            {
                countryByIso[iso] = i;
            }

            if ((columns.Kinds[i] & EntryColumns.AnyCaseFlag) != 0)
            {
                anyCase.Add(i);
            }
        }

        // First words of names matched in any case ("high" of "high north"): only curated regions, so a scan of
        // the postings (no reverse index) is cheap enough once.
        var starts = new HashSet<string>(StringComparer.Ordinal);
        if (anyCase.Count > 0)
        {
            for (var k = 0; k < names.Count; k++)
            {
                foreach (var packed in names.Postings(k))
                {
                    if (anyCase.Contains(packed >> 1))
                    {
                        var key = names.Key(k);
                        starts.Add(System.Text.Encoding.UTF8.GetString(key.IndexOf((byte)' ') is var space and >= 0 ? key[..space] : key));
                        break;
                    }
                }
            }
        }

        return new GazetteerLookups(admin1ByCode, countryByIso, starts);
    }
}
