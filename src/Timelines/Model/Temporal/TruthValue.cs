namespace Timelines;

/// <summary>
/// The answer to a question about time when the dates involved may be imprecise: <see cref="Yes"/> when it holds
/// however the imprecise dates are resolved, <see cref="No"/> when it never holds, and <see cref="Maybe"/> otherwise.
/// </summary>
public enum TruthValue
{
    /// <summary>It holds for no way the dates could be resolved.</summary>
    No = 0,

    /// <summary>It holds for some ways the dates could be resolved and not for others.</summary>
    Maybe = 1,

    /// <summary>It holds for every way the dates could be resolved.</summary>
    Yes = 2,
}
