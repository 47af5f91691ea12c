using System.IO;
using System.Linq;
using CsCheck;

namespace Timelines.Formats.Tests;

/// <summary>
/// Written and read back, each format keeps what it can hold: CSV everything, TimelineJS3 and its sheet the title,
/// date (precision, qualifiers, seasons, unspecified digits and open ends, through the display date), text, group
/// and media, iCalendar the EDTF value and what its properties hold.
/// </summary>
public class RoundTripPropertyTest
{
    [Test]
    public void Csv_WrittenAndRead_IsEqual() =>
        TimelineGenerators.Timeline().Sample(timeline =>
        {
            var text = Samples.Write(TimelineCsv.Write, timeline);
            var back = TimelineCsv.Read(new StringReader(text), TimelineGenerators.ReaderOptionsFor(timeline));
            var diff = TimelineGenerators.Diff(timeline.Events, back.Events).ToList();
            Assert.That(diff, Is.Empty, text);
            Assert.That(back, Is.EqualTo(timeline.WithAsOf(null)));
        }, iter: 300);

    [Test]
    public void TimelineJs3Json_WrittenAndRead_KeepsWhatSlidesHold() =>
        TimelineGenerators.Timeline().Sample(timeline =>
        {
            var text = Samples.Write((t, w) => TimelineJs3Json.Write(t, w), timeline);
            var back = TimelineJs3Json.Read(new StringReader(text), TimelineGenerators.ReaderOptionsFor(timeline));
            var diff = TimelineGenerators.Diff([.. timeline.Events.Select(AsSlide)], back.Events).ToList();
            Assert.That(diff, Is.Empty, text);
            Assert.That(back.Title, Is.EqualTo(timeline.Title));
        }, iter: 300);

    [Test]
    public void TimelineJs3Sheet_WrittenAndRead_KeepsWhatRowsHold() =>
        TimelineGenerators.Timeline(text: TimelineGenerators.Text.Select(t => t.Trim())).Sample(timeline =>
        {
            var text = Samples.Write((t, w) => TimelineJs3Sheet.Write(t, w), timeline);
            var back = TimelineJs3Sheet.Read(new StringReader(text), TimelineGenerators.ReaderOptionsFor(timeline));
            // The template has no id column: ids are made from headlines, so compare everything else.
            var expected = timeline.Events.Select(AsSlide).ToList();
            var read = back.Events.Select((e, i) => i < expected.Count ? e.WithId(expected[i].Id) : e).ToList();
            Assert.That(TimelineGenerators.Diff(expected, read).ToList(), Is.Empty, text);
        }, iter: 300);

    [Test]
    public void ICalendar_WrittenAndRead_RestoresTheEdtfValues() =>
        TimelineGenerators.Timeline(minYear: 1).Sample(timeline =>
        {
            var text = Samples.Write((t, w) => TimelineICalendar.Write(t, w), timeline);
            var back = TimelineICalendar.Read(new StringReader(text));
            var diff = TimelineGenerators.Diff([.. timeline.Events.Select(AsCalendarEvent)], back.Events).ToList();
            Assert.That(diff, Is.Empty, text);
            Assert.That(back.Id, Is.EqualTo(timeline.Id));
            Assert.That(back.TimeZone, Is.EqualTo(timeline.TimeZone));
            Assert.That(back.AsOf, Is.EqualTo(timeline.AsOf));
        }, iter: 300);

    /// <summary>What a slide holds of an event: title, date, text, first tag as group, and the first source with an address as media.</summary>
    private static TimelineEvent AsSlide(TimelineEvent item)
    {
        var slide = new TimelineEvent(item.Id, item.Title, item.When).WithSummary(item.Summary).WithTags(item.Tags.Take(1));
        return item.Sources.FirstOrDefault(s => s.Url is not null) is { } media
            ? slide.AddSources(new Source(media.Title, media.Url, media.Publisher))
            : slide;
    }

    /// <summary>What a VEVENT holds of an event: all but actors, relations, extensions, coordinates of places after the first, and sources without an address.</summary>
    private static TimelineEvent AsCalendarEvent(TimelineEvent item)
    {
        var vevent = new TimelineEvent(item.Id, item.Title, item.When).WithSummary(item.Summary).WithStatus(item.Status).WithTags(item.Tags);
        vevent = vevent.WithPlaces(item.Places.Select((p, i) => i == 0 ? new Place(p.Name, null, p.Latitude, p.Longitude) : new Place(p.Name)));
        return item.Sources.FirstOrDefault(s => s.Url is not null) is { } source ? vevent.AddSources(new Source(url: source.Url)) : vevent;
    }
}
