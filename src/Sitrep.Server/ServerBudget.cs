using System.Globalization;
using Sitrep.Corpus.Ingest;

namespace Sitrep.Server;

/// <summary>The <see cref="InputBudget"/> of posted documents, from <see cref="ServerOptions.MaxBytes"/> and <see cref="ServerOptions.TimeBudget"/>.</summary>
internal static class ServerBudget
{
    public static InputBudget From(IConfiguration configuration)
    {
        var budget = InputBudget.Default;
        if (long.TryParse(configuration[ServerOptions.MaxBytes], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0)
        {
            budget = budget with { MaxBytes = bytes };
        }

        if (double.TryParse(configuration[ServerOptions.TimeBudget], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            budget = budget with { TimeBudget = TimeSpan.FromSeconds(seconds) };
        }

        return budget;
    }
}
