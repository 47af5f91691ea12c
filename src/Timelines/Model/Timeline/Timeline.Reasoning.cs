using System.Threading;
using Timelines.Querying.Indexing;
using Timelines.Reasoning;

namespace Timelines;

/// <content>The chronology of the timeline: what its relations and constraints imply for its events' dates.</content>
public sealed partial class Timeline
{
    private Chronology? chronology;
    private EventIndex? derivedIndex;

    /// <summary>
    /// Gets what this snapshot's relations and constraints imply for its events' dates: derived bounds, their
    /// explanations, and contradictions (docs/semantics.md, section 8). Inferred on first use, once per snapshot
    /// (thread-safe), and kept.
    /// </summary>
    public Chronology Chronology
    {
        get
        {
            var inferred = Volatile.Read(ref chronology);
            if (inferred is not null)
            {
                return inferred;
            }

            Interlocked.CompareExchange(ref chronology, Chronology.Infer(this), null);
            return chronology;
        }
    }

    /// <summary>
    /// Gets the index of the derived bounds, built on first use (thread-safe, built once). Ongoing events have
    /// been given their end at the as-of day by the inference, so none is left ongoing for the index to resolve.
    /// </summary>
    internal EventIndex DerivedIndex
    {
        get
        {
            var built = Volatile.Read(ref derivedIndex);
            if (built is not null)
            {
                return built;
            }

            Interlocked.CompareExchange(ref derivedIndex, EventIndex.Build(Events, TimeZone, AsOf, Chronology.DerivedAll()), null);
            return derivedIndex;
        }
    }
}
