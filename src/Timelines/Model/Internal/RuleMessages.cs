using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Timelines;

/// <summary>
/// The words of the model's rules, in one place: a rule reads the same whether a constructor or With-method throws
/// it, <see cref="TimelineValidator"/> reports it or a JSON reader reports it at the value's position, and tests
/// assert on these rather than on copies of the text. The rules themselves stay where they are checked
/// (<see cref="TextRules"/>, <see cref="ExtensionRules"/>, <see cref="TimelineValidator"/>, the constructors); the
/// readers' own faults of syntax are in <c>ReadMessages</c>, the EDTF parser's in <c>EdtfMessages</c>.
/// </summary>
internal static class RuleMessages
{
    // Text (TextRules).

    /// <summary>Text in a document that is not valid UTF-8.</summary>
    public const string NotUtf8 = "The text is not valid UTF-8, so it cannot be read as text.";

    /// <summary>A blank name of a status or a kind of relation.</summary>
    public const string BlankName = "The name is empty.";

    /// <summary>An id that starts or ends with white space.</summary>
    public const string IdEdgeWhiteSpace = "The id starts or ends with white space, which is easily lost or added by mistake; remove it.";

    /// <summary>Half of a surrogate pair without its other half, such as the escape <c>\ud800</c>, at an index if known.</summary>
    public static string UnpairedSurrogate(int codeUnit, int? index = null) =>
        Holds("The text", codeUnit, index, "half of a surrogate pair without its other half, which cannot be written as UTF-8");

    /// <summary>A control character in prose other than tab, line feed and carriage return.</summary>
    public static string ControlInProse(int codeUnit, int index) =>
        Holds("The text", codeUnit, index, "a control character; prose may hold only tab, line feed and carriage return");

    /// <summary>A control character in one-line text.</summary>
    public static string ControlInLine(int codeUnit, int index) =>
        Holds("The text", codeUnit, index, "a control character, which one-line text may not hold");

    /// <summary>A line or paragraph separator in one-line text.</summary>
    public static string SeparatorInLine(int codeUnit, int index) =>
        Holds("The text", codeUnit, index, "a line or paragraph separator, which one-line text may not hold");

    /// <summary>A bidirectional embedding, override or isolate control in one-line text.</summary>
    public static string BidiControlInLine(int codeUnit, int index) =>
        Holds("The text", codeUnit, index, "a bidirectional embedding, override or isolate control, which would reorder how the text around it is shown");

    /// <summary>An invisible format character in an id other than the zero-width joiner and non-joiner.</summary>
    public static string FormatCharacterInId(int codePoint, int index) =>
        Holds(
            "The id",
            codePoint,
            index,
            "an invisible format character, which would let two ids that look the same differ (of these, only the zero-width joiner and non-joiner are allowed)");

    // Extensions (ExtensionRules).

    /// <summary>An extension key that is empty or white space, of a timeline or an event (in code or read).</summary>
    public static string ExtensionKeyEmpty(string key) => $"An extension key is empty ('{key}').";

    /// <summary>An extension key that is a property of the format.</summary>
    public static string ExtensionKeyReserved(string key) =>
        $"'{key}' is a property of the format, so it cannot also be an extension; rename it (for example 'x-{key}').";

    /// <summary>An extension value that is <c>default(JsonElement)</c>.</summary>
    public const string ExtensionValueUndefined = "The value is an undefined JsonElement; pass a value read from a document.";

    /// <summary>An extension value holding text that cannot be decoded.</summary>
    public const string ExtensionValueNotUnicode =
        "A string or property name in the value is not valid Unicode (invalid UTF-8, or half of a surrogate pair), so it cannot be written.";

    /// <summary>A name given twice in one object of an extension value.</summary>
    public static string ExtensionNameRepeated(string name) => $"The name '{name}' is given twice in one object of the value.";

    // A timeline's own rules, and those between its events (TimelineValidator, Timeline).

    /// <summary>The message of a <see cref="TimelineValidationException"/> made without problems.</summary>
    public const string TimelineNotValid = "The timeline is not valid.";

    /// <summary>The message of a <see cref="TimelineValidationException"/>: how many problems, and the first <paramref name="listed"/> of them.</summary>
    public static string TimelineNotValidBecause(ImmutableArray<TimelineProblem> problems, int listed)
    {
        var lines = problems.Take(listed).Select(p => "  - " + p);
        var more = problems.Length > listed ? string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}  … and {problems.Length - listed} more") : string.Empty;
        var count = problems.Length == 1 ? "1 problem" : string.Create(CultureInfo.InvariantCulture, $"{problems.Length} problems");
        return $"The timeline is not valid ({count}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }

    /// <summary>The problem the chronology check reports for dates, relations and constraints that cannot all hold.</summary>
    public static string Contradiction(string explanation) => $"The dates, relations and constraints contradict each other: {explanation}";

    /// <summary>A bound that is not one of the four.</summary>
    public const string NotAnEventBound = "Use one of the four bounds.";

    /// <summary>A blank id of a timeline.</summary>
    public const string TimelineIdEmpty = "The timeline's id is empty.";

    /// <summary>A blank title of a timeline.</summary>
    public const string TimelineTitleEmpty = "The timeline's title is empty.";

    /// <summary>A null in a timeline's list of events.</summary>
    public const string EventNull = "The event is null.";

    /// <summary>Two events with one id.</summary>
    public static string DuplicateId(int firstIndex, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"The id is used by more than one event (events {firstIndex} and {index}).");

    /// <summary>A relation or constraint to an event that does not exist.</summary>
    public static string MissingTarget(string target) => $"No event has the id '{target}'.";

    /// <summary>An event asked for by id that a timeline does not hold.</summary>
    public static string NoEventWithId(string timelineId, string id) => $"The timeline '{timelineId}' has no event with the id '{id}'.";

    /// <summary>A relation to an event that is being removed from the timeline.</summary>
    public static string RelatesToRemoved(string id) => $"The event relates to '{id}', which is being removed.";

    /// <summary>A constraint against an event that is being removed from the timeline.</summary>
    public static string ConstraintAgainstRemoved(string id) => $"The event has a constraint against '{id}', which is being removed.";

    // An event's own rules (TimelineValidator, TimelineEvent and its parts).

    /// <summary>A blank id of an event, named by its title.</summary>
    public static string EventIdEmpty(string title) => $"The id is empty (event titled '{title}').";

    /// <summary>A blank title of an event.</summary>
    public const string EventTitleEmpty = "The title is empty.";

    /// <summary>A blank tag.</summary>
    public const string TagEmpty = "The tag is empty.";

    /// <summary>A tag given twice on one event.</summary>
    public static string TagRepeated(string tag) => $"The tag '{tag}' is given twice.";

    /// <summary>A null in a collection given to an event.</summary>
    public const string NullElement = "The collection contains a null element.";

    /// <summary>A blank name of an actor.</summary>
    public const string ActorNameEmpty = "The actor's name is empty.";

    /// <summary>A blank name of a place.</summary>
    public const string PlaceNameEmpty = "The place's name is empty.";

    /// <summary>A country code that is not two capital letters.</summary>
    public static string NotACountryCode(string code) => $"'{code}' is not an ISO 3166-1 alpha-2 code (two capital letters, such as 'BY').";

    /// <summary>A coordinate that is NaN or infinite.</summary>
    public const string CoordinateNotFinite = "A coordinate must be a finite number; JSON cannot hold NaN or infinity.";

    /// <summary>A latitude or longitude out of its range.</summary>
    public static string CoordinateOutOfRange(string name, double number, double limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The {name} {number} is outside -{limit} to {limit}.");

    /// <summary>A place with a latitude and no longitude, or the other way round.</summary>
    public const string PositionNeedsBoth = "A position needs both latitude and longitude.";

    /// <summary>A source with neither title nor URL.</summary>
    public const string SourceNeedsTitleOrUrl = "A source needs a title or a URL.";

    /// <summary>A source's URL that is relative.</summary>
    public static string UrlNotAbsolute(string url) => $"The URL '{url}' is not absolute.";

    /// <summary>A source accessed before the earliest day it can have been published.</summary>
    public static string AccessedBeforePublished(LocalDate accessed, EdtfValue published) =>
        $"The source was accessed on {accessed.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, before it was published ({published}).";

    /// <summary>A blank id of a related event.</summary>
    public const string RelationTargetEmpty = "The related event's id is empty.";

    /// <summary>A relation of an event to itself.</summary>
    public const string RelatesToItself = "The event relates to itself.";

    // Constraints (EventConstraint, GapTicks).

    /// <summary>A point of a constraint that is neither start nor end.</summary>
    public const string NotAnEventPoint = "Use EventPoint.Start or EventPoint.End.";

    /// <summary>A constraint with neither gap.</summary>
    public const string ConstraintNeedsGap = "A constraint needs a minimum gap, a maximum gap, or both.";

    /// <summary>A constraint of an event against itself from a point to the same point.</summary>
    public const string ConstraintOnItselfSamePoint =
        "A constraint of an event against itself goes from its start to its end, or from its end to its start.";

    /// <summary>A constraint whose target is the event that holds it.</summary>
    public const string ConstraintOnItself =
        "The constraint names the event itself; leave out its targetId for a constraint of an event against itself.";

    /// <summary>A gap with units of opposite signs.</summary>
    public static string GapMixesSigns(string gap) => $"The gap {gap} mixes positive and negative units; give a gap whose units all have one sign.";

    // Dates and values (EdtfDate, EdtfValue and their parts; the parser gives the same words where it checks the same rule).

    /// <summary>A year outside the range of NodaTime's ISO calendar.</summary>
    public const string YearOutOfRange = "The year must be from -9998 to 9999, the range of NodaTime's ISO calendar.";

    /// <summary>A month outside 1 to 12.</summary>
    public const string MonthOutOfRange = "The month must be from 1 to 12.";

    /// <summary>A season outside 21 to 24.</summary>
    public const string SeasonOutOfRange = "The season must be from 21 (spring) to 24 (winter).";

    /// <summary>Winter of the last year, which ends outside the calendar.</summary>
    public const string LastWinter = "Winter 9999 ends in the year 10000, outside NodaTime's range.";

    /// <summary>A date-time outside NodaTime's instants (the parser says the same, as a reason).</summary>
    public const string DateTimeOutOfRange =
        "The date-time is outside the instants -9998-01-01T00:00:00Z to 9999-12-31T23:59:59Z that NodaTime supports.";

    /// <summary>A qualifier on a date-time (the parser says the same, as a reason).</summary>
    public const string DateTimeWithQualifier = "A date-time cannot carry a qualifier.";

    /// <summary>A qualifier that is not a defined value.</summary>
    public const string UnknownQualifier = "Unknown qualifier.";

    /// <summary>A date in a calendar other than ISO.</summary>
    public const string NotIsoCalendar = "EDTF dates are in the ISO calendar; convert the value with WithCalendar(CalendarSystem.Iso) first.";

    /// <summary>A time with a fraction of a second.</summary>
    public const string NotWholeSeconds = "EDTF date-times have whole seconds; truncate the value to the second first.";

    /// <summary>An Allen relation that is not one of the thirteen.</summary>
    public const string NotAnAllenRelation = "Use one of Allen's thirteen relations.";

    /// <summary>An end asked for its date that has none.</summary>
    public static string EndNotADate(EdtfEndKind kind) => $"This end is {kind}, not a date; check Kind first.";

    /// <summary>A bound asked for what it is not.</summary>
    public static string BoundOfOtherKind(EdtfBoundKind kind, EdtfBoundKind wanted) => $"This bound is {kind}, not {wanted}; check Kind first.";

    /// <summary>A value with local dates asked for instants without a zone.</summary>
    public static string NeedsTimeZone(EdtfValue value) =>
        $"'{value}' has a local date or date-time, so its instants depend on the time zone: pass one, such as the timeline's (Timeline.TimeZone).";

    /// <summary>Two values whose relation depends on the zone, compared without one.</summary>
    public static string RelationNeedsTimeZone(EdtfValue value, EdtfValue other) =>
        $"How '{value}' relates to '{other}' depends on the time zone: pass one, or ask the timeline (timeline.Is or timeline.Relate), which uses its own.";

    /// <summary>An interval both of whose ends are open or unknown (the parser says the same, as a reason).</summary>
    public const string IntervalWithoutDate = "An interval needs a date at one end at least; both ends are open or unknown.";

    /// <summary>Unspecified digits in an interval's dates (the parser says the same, as a reason).</summary>
    public const string IntervalWithUnspecifiedDigits = "Unspecified digits ('X') in the dates of an interval are EDTF level 2, which is not supported.";

    /// <summary>An interval whose end is before its start (the parser says the same, as a reason).</summary>
    public static string EndBeforeStart(EdtfDate end, EdtfDate start) => $"The end '{end}' is before the start '{start}'.";

    /// <summary>An interval between a local date and a date-time with an offset that is not ordered in every zone.</summary>
    public static string EndBeforeStartInSomeZones(EdtfDate end, EdtfDate start) =>
        $"The end '{end}' is before the start '{start}' in some time zones; an interval between a local date and a date-time with an offset must be ordered in every zone.";

    private static string Holds(string subject, int codePoint, int? index, string reason) => index is { } at
        ? string.Create(CultureInfo.InvariantCulture, $"{subject} holds U+{codePoint:X4} (at character {at + 1}), {reason}.")
        : string.Create(CultureInfo.InvariantCulture, $"{subject} holds U+{codePoint:X4}, {reason}.");
}
