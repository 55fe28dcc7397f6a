namespace Sitrep.Cli.Output;

/// <summary>
/// Maps items on up to N threads and yields the results in input order, with at most 2N items in flight,
/// so output is the same as a sequential run and memory stays bounded however many inputs there are
/// (the window <c>ingest</c> uses). Items are read from the source on the calling thread, in order.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Yields <paramref name="map"/> of each item in input order; one worker runs inline, without the thread pool.</summary>
    public static IEnumerable<TResult> Map<TItem, TResult>(IEnumerable<TItem> items, int workers, Func<TItem, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        return workers <= 1 ? items.Select(map) : Windowed(items, workers, map);
    }

    private static IEnumerable<TResult> Windowed<TItem, TResult>(IEnumerable<TItem> items, int workers, Func<TItem, TResult> map)
    {
        // The pair's concurrent side runs at most `workers` of the queued tasks at once, whatever the pool's size.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, workers).ConcurrentScheduler;
        var window = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in items)
            {
                window.Enqueue(Task.Factory.StartNew(() => map(item), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
                if (window.Count >= 2 * workers)
                {
                    yield return window.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (window.Count > 0)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A consumer that stops early (or a failure) leaves no work running behind it.
            foreach (var pending in window)
            {
                pending.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            }
        }
    }
}
