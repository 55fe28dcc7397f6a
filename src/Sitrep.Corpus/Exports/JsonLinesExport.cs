namespace Sitrep.Corpus.Exports;

/// <summary>Writes stored reports (contract <c>sitrep.report/1</c>), one per line.</summary>
public static class JsonLinesExport
{
    /// <summary>Writes each report on its own line; returns how many.</summary>
    public static int Write(IEnumerable<string> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        var count = 0;
        foreach (var report in reports)
        {
            // Stored reports are compact JSON: no raw newlines inside, so one report is one line.
            writer.Write(report);
            writer.Write('\n');
            count++;
        }

        return count;
    }
}
