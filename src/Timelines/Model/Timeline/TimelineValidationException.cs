using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Timelines;

/// <summary>
/// The exception thrown when a timeline would break its rules. <see cref="Problems"/> lists every problem found,
/// not only the first, each naming the event and the field.
/// </summary>
public sealed class TimelineValidationException : Exception
{
    private const int ProblemsInMessage = 20;

    /// <summary>Initializes a new instance with no problems listed.</summary>
    public TimelineValidationException()
        : this(RuleMessages.TimelineNotValid)
    {
    }

    /// <summary>Initializes a new instance with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public TimelineValidationException(string message)
        : base(message) => Problems = ImmutableArray<TimelineProblem>.Empty;

    /// <summary>Initializes a new instance with a message of its own and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TimelineValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = ImmutableArray<TimelineProblem>.Empty;

    /// <summary>Initializes a new instance for a list of problems; the message lists them.</summary>
    /// <param name="problems">The problems found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public TimelineValidationException(IEnumerable<TimelineProblem> problems)
        : this(problems?.ToImmutableArray() ?? throw new ArgumentNullException(nameof(problems)))
    {
    }

    private TimelineValidationException(ImmutableArray<TimelineProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<TimelineProblem> Problems { get; }

    private static string Describe(ImmutableArray<TimelineProblem> problems) => RuleMessages.TimelineNotValidBecause(problems, ProblemsInMessage);
}
