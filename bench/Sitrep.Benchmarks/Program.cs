using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*' [--job short]
// Reads the corpus folder from SITREP_BENCH_CORPUS (default bench/corpus, built by bench/run).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
