using System.Globalization;

namespace Sitrep.Cli.Commands.Watches.Bench;

/// <summary>
/// CPU time of the calling thread, in milliseconds, from Linux's <c>/proc/thread-self/schedstat</c> (nanoseconds on
/// the CPU, native SQLite code included). On a machine shared with other work the wall clock also counts the time
/// the thread waited for a core; this does not, so it is the figure to compare between runs. Null elsewhere.
/// </summary>
internal static class ThreadCpu
{
    private const string Path = "/proc/thread-self/schedstat";

    public static bool Available { get; } = File.Exists(Path);

    public static double Milliseconds()
    {
        if (!Available)
        {
            return double.NaN;
        }

        var text = File.ReadAllText(Path);
        return long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture) / 1e6;
    }
}
