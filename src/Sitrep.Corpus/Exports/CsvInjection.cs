using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace Sitrep.Corpus.Exports;

/// <summary>
/// CSV formula-injection neutralisation as OWASP advises: a text cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text
/// instead of running it (<c>=HYPERLINK(...)</c> from an article title). Numbers are not text cells and keep
/// their sign. Every CSV writer registers <see cref="Converter"/> for strings.
/// </summary>
public static class CsvInjection
{
    /// <summary>The string converter that neutralises every text cell.</summary>
    public static ITypeConverter Converter { get; } = new NeutralisingConverter();

    /// <summary><paramref name="value"/>, with an apostrophe in front when a spreadsheet would read it as a formula.</summary>
    public static string? Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private sealed class NeutralisingConverter : StringConverter
    {
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            Neutralise(base.ConvertToString(value, row, memberMapData));
    }
}
