using System.Threading.Tasks;
using Timelines.Tool.Output;

namespace Timelines.Tool;

/// <summary>The <c>timeline</c> program.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var console = ToolConsole.ForProcess();
        try
        {
            return await new TimelineCli(console, handleSignals: true).RunAsync(args).ConfigureAwait(false);
        }
        finally
        {
            await console.Output.FlushAsync().ConfigureAwait(false);
        }
    }
}
