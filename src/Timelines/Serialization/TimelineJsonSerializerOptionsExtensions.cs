using System;
using System.Text.Json;

namespace Timelines.Serialization;

/// <summary>Configures a caller's <see cref="JsonSerializerOptions"/> for the library's types, in the manner of NodaTime's <c>ConfigureForNodaTime</c>.</summary>
public static class TimelineJsonSerializerOptionsExtensions
{
    /// <summary>
    /// Adds the converters for <see cref="EdtfValue"/>, <see cref="TimelineEvent"/> and <see cref="Timeline"/>, so that
    /// they can be part of the caller's own types. NodaTime types (such as <c>LocalDate</c>) need NodaTime's own
    /// converters, from NodaTime.Serialization.SystemTextJson.
    /// </summary>
    /// <param name="options">The options to change; they must not have been used yet.</param>
    /// <param name="timelineOptions">Whether to write bounds, and the error limit; the default when <see langword="null"/>.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used for serialization).</exception>
    public static JsonSerializerOptions ConfigureForTimeline(this JsonSerializerOptions options, TimelineJsonOptions? timelineOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        timelineOptions ??= TimelineJsonOptions.Default;
        options.Converters.Add(new EdtfValueConverter());
        options.Converters.Add(new TimelineEventConverter(timelineOptions));
        options.Converters.Add(new TimelineConverter(timelineOptions));
        return options;
    }
}
