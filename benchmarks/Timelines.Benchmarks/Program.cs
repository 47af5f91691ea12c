using System.Linq;
using BenchmarkDotNet.Running;

// Any subset runs with --filter, e.g. `dotnet run -c Release -- --filter "*Parsing*"`; see benchmarks/README.md.
// The exit code is non-zero when a benchmark fails to run, so that the CI smoke run (a dry job) catches it.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
