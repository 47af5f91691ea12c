using System.Linq;
using BenchmarkDotNet.Running;
using Timelines.Benchmarks.Serialization;

// Any subset runs with --filter, e.g. `dotnet run -c Release -- --filter "*Parsing*"`; see benchmarks/README.md.
// The exit code is non-zero when a benchmark fails to run, so that the CI smoke run (a dry job) catches it.
// `dotnet run -c Release -- probe [N]` measures the memory of events read from JSON instead (EventMemoryProbe).
if (args.Length > 0 && args[0] == "probe")
{
    return EventMemoryProbe.Run(args.Skip(1).ToArray());
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
