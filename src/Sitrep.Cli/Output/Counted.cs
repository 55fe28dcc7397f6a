namespace Sitrep.Cli.Output;

/// <summary>A count with its noun in the right number: "1 document", "2 documents", "1 entity".</summary>
internal static class Counted
{
    /// <summary>"<paramref name="count"/> <paramref name="singular"/>", or the plural (default: singular + "s") for any other count.</summary>
    public static string Of(long count, string singular, string? plural = null) =>
        $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}";
}
