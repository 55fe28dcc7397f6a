using BenchmarkDotNet.Attributes;
using Sitrep.Places;

namespace Sitrep.Benchmarks;

/// <summary>Start-up cost of the places stage: one operation = reading the embedded binary gazetteer into a fresh instance.</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    [Benchmark(Description = "gazetteer load (embedded binary)")]
    public int Load() => GazetteerInfo.LoadUncached();
}
