using System;

namespace Timelines.Tool.Tests;

/// <summary>How a test's console looks to the tool: whether errors go to a terminal, and how soon a progress bar appears.</summary>
internal sealed record ToolConsoleSpec(bool ErrorIsTerminal = false, TimeSpan ProgressDelay = default)
{
    public TimeSpan ProgressDelay { get; init; } = ProgressDelay == default ? TimeSpan.FromSeconds(1) : ProgressDelay;
}
