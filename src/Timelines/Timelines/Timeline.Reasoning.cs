using System.Threading;
using Timelines.Reasoning;

namespace Timelines;

/// <content>The chronology of the timeline: what its relations and constraints imply for its events' dates.</content>
public sealed partial class Timeline
{
    private Chronology? chronology;

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
}
