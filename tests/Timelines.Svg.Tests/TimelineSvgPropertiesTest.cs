using System;
using System.Linq;
using CsCheck;

namespace Timelines.Svg.Tests;

/// <summary>Properties of the picture of any timeline, drawn with any options.</summary>
public class TimelineSvgPropertiesTest
{
    [Test]
    public void AnyTimeline_IsWellFormed_DrawsEachEventOnce_WithoutOverlaps_InThePlot_InTimeOrder()
    {
        Gen.Select(TimelineGenerators.Timeline, TimelineGenerators.Options).Sample(
            (timeline, options) =>
            {
                var picture = SvgPicture.Parse(TimelineSvg.Render(timeline, options));
                var problems = PictureChecks.All(picture, timeline, options, timeline.Events.Select(e => e.Id));
                if (problems.Count > 0)
                {
                    throw new InvalidOperationException(string.Join(Environment.NewLine, problems.Take(5)));
                }
            },
            iter: 300);
    }

    [Test]
    public void AnyTimeline_RendersTheSameTextTwice()
    {
        Gen.Select(TimelineGenerators.Timeline, TimelineGenerators.Options).Sample(
            (timeline, options) => TimelineSvg.Render(timeline, options) == TimelineSvg.Render(timeline, options),
            iter: 100);
    }
}
