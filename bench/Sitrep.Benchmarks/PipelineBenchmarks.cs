using BenchmarkDotNet.Attributes;
using Sitrep;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// One operation = one pass over the whole corpus on one thread; tokens/s = corpus tokens / mean time.
/// The corpus size is printed at setup so the figure can be converted.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private List<string> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("SITREP_BENCH_CORPUS") ?? FindCorpus();
        _texts = [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        var tokens = _texts.Sum(t => Tokenizer.Tokenize(t).Length);
        Console.WriteLine($"// corpus {folder}: {_texts.Count} documents, {tokens} tokens, {_texts.Sum(t => t.Length)} characters");
    }

    [Benchmark(Description = "tokenize + split sentences")]
    public int TextStage()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Sentences.Length;
        }

        return count;
    }

    [Benchmark(Description = "whole pipeline")]
    public int WholePipeline()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += Analyzer.Default.Analyze(text).Document.Length;
        }

        return count;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No bench/corpus folder: run bench/run once, or set SITREP_BENCH_CORPUS.");
    }
}
