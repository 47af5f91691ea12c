using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Timelines.Serialization;
using Timelines.Tool.Input;

namespace Timelines.Tool.Formats;

/// <summary>The library's own <c>timeline/1</c> JSON document (docs/json-format.md), read and written by <see cref="TimelineJson"/>.</summary>
internal sealed class JsonDocumentFormat : TimelineFormat
{
    /// <inheritdoc />
    public override string Name => "json";

    /// <inheritdoc />
    public override IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc />
    public override string Description => "timeline/1 JSON document: the library's own format (docs/json-format.md)";

    /// <inheritdoc />
    public override Timeline Read(string path, ReadSettings settings, ProgressMeter meter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return JsonDocumentInput.Load(path, settings.File, settings.JsonOptions, meter, cancellationToken);
    }

    /// <inheritdoc />
    public override void Write(Timeline timeline, Stream output, WriteSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        cancellationToken.ThrowIfCancellationRequested();
        TimelineJson.Write(timeline, output, settings.JsonOptions);
    }
}
