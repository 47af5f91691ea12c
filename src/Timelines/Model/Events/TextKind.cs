namespace Timelines;

/// <summary>The kinds of text the model holds, each with its own rules in <see cref="TextRules"/>.</summary>
internal enum TextKind
{
    /// <summary>An id: a timeline's, an event's, or the target of a relation.</summary>
    Id,

    /// <summary>One line of text: a title, name, tag, role, publisher, status, kind of relation, country code, URL or extension key.</summary>
    Line,

    /// <summary>Prose, which may run over several lines: a summary or a description.</summary>
    Prose,
}
