using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Timelines;

/// <content>The timeline's extension bag: JSON values the library does not interpret, kept for round trips.</content>
public sealed partial class Timeline
{
    private static readonly ImmutableSortedDictionary<string, JsonElement> EmptyExtensions =
        ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>
    /// Gets the timeline's extension values by key, ordered ordinally by key: timeline-level JSON properties the
    /// library does not model, kept so that a document read and written again keeps them.
    /// </summary>
    public ImmutableSortedDictionary<string, JsonElement> Extensions { get; }

    /// <summary>Returns a copy with an extension value set, replacing any value under the same key.</summary>
    /// <param name="key">The key, such as "x-editor".</param>
    /// <param name="value">The JSON value. It is cloned, so it stays valid after its document is disposed.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="key"/> is blank, holds text one-line text may not hold or is the name of a property of a
    /// timeline in the format (such as "events"), or <paramref name="value"/> is undefined or holds a string that is
    /// not valid Unicode, which could not be written.
    /// </exception>
    public Timeline WithExtension(string key, JsonElement value)
    {
        ExtensionRules.Require(key, value, ExtensionRules.TimelinePropertyNames);
        if (TextRules.IsBlank(key))
        {
            throw new ArgumentException(RuleMessages.ExtensionKeyEmpty(key), nameof(key));
        }

        return new Timeline(Id, Title, Description, TimeZone, AsOf, Events, indexById, Extensions.SetItem(key, value.Clone()));
    }

    /// <summary>Returns a copy without an extension value.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The changed copy, or this timeline if it had no value under that key.</returns>
    public Timeline WithoutExtension(string key) =>
        Extensions.ContainsKey(key) ? new Timeline(Id, Title, Description, TimeZone, AsOf, Events, indexById, Extensions.Remove(key)) : this;

    internal static ImmutableSortedDictionary<string, JsonElement> ToExtensions(IEnumerable<KeyValuePair<string, JsonElement>> pairs) =>
        pairs.Any()
            ? pairs.Select(p => KeyValuePair.Create(p.Key, p.Value.Clone())).ToImmutableSortedDictionary(StringComparer.Ordinal)
            : EmptyExtensions;

    private bool ExtensionsEqual(Timeline other) =>
        Extensions.Count == other.Extensions.Count
        && Extensions.All(pair => other.Extensions.TryGetValue(pair.Key, out var value) && JsonElementEquality.AreEqual(pair.Value, value));
}
