using System;
using System.Collections.Generic;
using Timelines.Formats.Reading;

namespace Timelines.Formats.ICalendar.Internal;

/// <summary>
/// The components of an iCalendar file as lines: where each component begins and ends and where each property is.
/// Ical.Net parses the values but keeps no line numbers, and a reader must say where each problem is; this scan
/// gives the lines, checks the structure (every BEGIN has its END), and cuts out one component's text so that
/// Ical.Net can be asked about it alone.
/// </summary>
internal sealed class ComponentScan
{
    private ComponentScan(string name, long beginLine, int firstPhysical)
    {
        Name = name;
        BeginLine = beginLine;
        FirstPhysical = firstPhysical;
    }

    public string Name { get; }

    public long BeginLine { get; }

    /// <summary>Gets the index of the component's first physical line (its BEGIN).</summary>
    public int FirstPhysical { get; }

    /// <summary>Gets the index of the component's last physical line (its END).</summary>
    public int LastPhysical { get; private set; }

    public List<ContentLine> Properties { get; } = [];

    public List<ComponentScan> Children { get; } = [];

    /// <summary>The first property of a name (case-insensitive), or null.</summary>
    public ContentLine? Property(string name) => Properties.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Scans the text; null (with errors reported) when it is not one well-formed VCALENDAR.</summary>
    public static ComponentScan? Scan(string[] physical, ErrorCollector errors)
    {
        var stack = new Stack<ComponentScan>();
        ComponentScan? calendar = null;
        foreach (var (line, first, last, text) in Logical(physical))
        {
            var colon = ValueStart(text);
            if (colon < 0)
            {
                errors.Add(line, 0, string.Empty, FormatMessages.NotICalendar($"'{Shorten(text)}' is not a content line (NAME:value)."));
                continue;
            }

            var head = text[..colon];
            var semicolon = head.IndexOf(';');
            var name = (semicolon >= 0 ? head[..semicolon] : head).Trim().ToUpperInvariant();
            var value = text[(colon + 1)..];
            if (name == "BEGIN")
            {
                if (calendar is not null && stack.Count == 0)
                {
                    errors.Add(line, 0, "BEGIN", FormatMessages.NotICalendar("there is more after END:VCALENDAR."));
                    return null;
                }

                var component = new ComponentScan(value.Trim().ToUpperInvariant(), line, first);
                if (stack.Count == 0)
                {
                    if (component.Name != "VCALENDAR")
                    {
                        errors.Add(line, 0, "BEGIN", FormatMessages.NotICalendar("the file must begin with BEGIN:VCALENDAR."));
                        return null;
                    }

                    calendar = component;
                }
                else
                {
                    stack.Peek().Children.Add(component);
                }

                stack.Push(component);
            }
            else if (name == "END")
            {
                var ended = value.Trim().ToUpperInvariant();
                if (stack.Count == 0 || stack.Peek().Name != ended)
                {
                    var open = stack.Count == 0 ? "nothing" : "BEGIN:" + stack.Peek().Name;
                    errors.Add(line, 0, "END", FormatMessages.NotICalendar($"END:{ended} does not close {open}."));
                    return null;
                }

                stack.Pop().LastPhysical = last;
            }
            else if (stack.Count == 0)
            {
                errors.Add(line, 0, name, FormatMessages.NotICalendar(calendar is null ? "the file must begin with BEGIN:VCALENDAR." : "there is more after END:VCALENDAR."));
                return null;
            }
            else
            {
                stack.Peek().Properties.Add(new ContentLine(line, name, head, value, first, last));
            }
        }

        if (calendar is null)
        {
            if (!errors.HasErrors)
            {
                errors.Add(0, 0, string.Empty, FormatMessages.Empty);
            }

            return null;
        }

        if (stack.Count > 0)
        {
            errors.Add(stack.Peek().BeginLine, 0, "BEGIN", FormatMessages.NotICalendar($"BEGIN:{stack.Peek().Name} is never closed by END:{stack.Peek().Name}."));
            return null;
        }

        return calendar;
    }

    /// <summary>The logical lines (continuation lines unfolded) with their first line number and physical range.</summary>
    private static IEnumerable<(long Line, int First, int Last, string Text)> Logical(string[] physical)
    {
        var i = 0;
        while (i < physical.Length)
        {
            if (physical[i].Length == 0)
            {
                i++;
                continue;
            }

            var first = i;
            var text = physical[i];
            while (i + 1 < physical.Length && physical[i + 1].Length > 0 && physical[i + 1][0] is ' ' or '\t')
            {
                text += physical[++i][1..];
            }

            yield return (first + 1, first, i, text);
            i++;
        }
    }

    /// <summary>The index of the colon that starts the value: the first one not inside a quoted parameter value.</summary>
    private static int ValueStart(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ':' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
