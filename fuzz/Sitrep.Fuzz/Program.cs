using System.Text;
using Microsoft.AspNetCore.Http;
using SharpFuzz;
using Sitrep.Corpus.Readers;
using Sitrep.Reporting;
using Sitrep.Server.Api;
using Sitrep.Text;

namespace Sitrep.Fuzz;

/// <summary>
/// <c>Sitrep.Fuzz TARGET</c> under afl-fuzz: reads one input from standard input per run (SharpFuzz's
/// out-of-process mode) and feeds it to the target. A crash is any exception a target does not expect;
/// every one found becomes a regression test.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        // The engine on decoded text; undecodable bytes are a refusal, not a crash.
        ["analyze"] = bytes =>
        {
            if (TextDecoder.Decode(bytes).Text is { } text && ReportValidator.Validate(Analyzer.Default.Analyze(text)) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException(string.Join("; ", problems));
            }
        },
        ["html"] = bytes => HtmlArticleReader.Read(Encoding.UTF8.GetString(bytes), "fuzz.html", "http://localhost/"),
        ["jsonl"] = bytes =>
        {
            foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
            {
                JsonLinesReader.ReadLine(line, "fuzz.jsonl");
            }
        },
        ["feed"] = bytes => Feed(Encoding.UTF8.GetString(bytes)),
        ["query"] = bytes =>
        {
            var context = new DefaultHttpContext();
            context.Request.QueryString = new QueryString("?" + Encoding.UTF8.GetString(bytes).Replace("#", "", StringComparison.Ordinal));
            try
            {
                ApiQuery.Filter(context.Request, 100);
            }
            catch (BadQueryException)
            {
                // a refusal with the parameter's name is the expected answer to a bad value
            }
        },
    };

    public static void Main(string[] args)
    {
        if (args.Length != 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Sitrep.Fuzz {string.Join('|', Targets.Keys)}   (run by fuzz/run.sh under afl-fuzz)");
            Environment.Exit(2);
            return;
        }

        // No warm-up here: instrumented code may run only inside Fuzzer.OutOfProcess.Run (it writes AFL's
        // coverage map); the first input loads the engine's data, hence "-t 2000+" in run.sh.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
    }

    // The feed parser throws on malformed feeds by design (FeedClient turns that into a failed poll);
    // anything it returns must be readable item by item.
    private static void Feed(string body)
    {
        CodeHollow.FeedReader.Feed feed;
        try
        {
            feed = CodeHollow.FeedReader.FeedReader.ReadFromString(body);
        }
#pragma warning disable CA1031 // mirrors FeedClient: a parser exception is a failed poll, not a crash
        catch (Exception)
#pragma warning restore CA1031
        {
            return;
        }

        foreach (var item in feed.Items)
        {
            _ = (item.Link, item.Title, item.Content ?? item.Description, item.PublishingDate);
        }
    }
}
