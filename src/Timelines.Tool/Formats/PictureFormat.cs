using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Timelines.Tool.Formats;

/// <summary>A kind of picture that <c>timeline render</c> draws, chosen by the output's extension or <c>--to</c>.</summary>
/// <param name="name">The name for <c>--to</c>.</param>
/// <param name="extensions">The file name endings that choose it, with the dot.</param>
/// <param name="description">One line for <c>timeline formats</c>.</param>
/// <param name="draw">Draws a timeline into a stream with the settings given.</param>
internal sealed class PictureFormat(
    string name,
    IReadOnlyList<string> extensions,
    string description,
    Action<Timeline, Stream, PictureSettings> draw) : IFileFormat
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions => extensions;

    /// <inheritdoc />
    public string Description => description;

    /// <summary>Draws a timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="output">The stream; flushed, not closed.</param>
    /// <param name="settings">The options given.</param>
    /// <param name="cancellationToken">Stops before drawing.</param>
    public void Draw(Timeline timeline, Stream output, PictureSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        draw(timeline, output, settings);
    }
}
