using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

using Timelines;
using Timelines.Reasoning;

namespace Belarus2022;

/// <summary>Prints the answers of <see cref="BelarusQuestions"/> as readable tables.</summary>
public sealed class TourPrinter
{
    private static readonly LocalDatePattern MonthPattern = LocalDatePattern.Create("MMMM yyyy", CultureInfo.InvariantCulture);
    private readonly BelarusQuestions questions;
    private readonly IAnsiConsole console;

    /// <summary>Creates a printer.</summary>
    /// <param name="questions">The questions to answer.</param>
    /// <param name="console">Where to print: <see cref="AnsiConsole.Console"/>, or a test console.</param>
    public TourPrinter(BelarusQuestions questions, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(console);
        this.questions = questions;
        this.console = console;
    }

    /// <summary>Prints the whole tour: every question, in the order a reader would ask them.</summary>
    /// <param name="actor">The actor whose events to list.</param>
    /// <param name="place">The place whose events to list.</param>
    public void PrintAll(string actor, string place)
    {
        PrintHeader();
        PrintHappenedIn(EdtfValue.Parse("2022-03"));
        PrintGoingOnOn(new LocalDate(2022, 10, 15));
        PrintNextAfter("drills-2022-02", 5);
        PrintPerMonth(2022);
        PrintRelation("drills-2022-02", "russian-troops-remain");
        PrintInvolving(actor);
        PrintAt(place);
        PrintRelationsImply();
    }

    /// <summary>Prints what the relations imply: contradictions in words, then each narrowed bound with its explanation.</summary>
    public void PrintRelationsImply()
    {
        var answer = questions.RelationsImply();
        console.Write(new Rule("What do the relations imply for the dates?").LeftJustified());
        foreach (var contradiction in answer.Contradictions)
        {
            console.MarkupLineInterpolated($"[red]Contradiction:[/] {contradiction.Message}");
        }

        foreach (var (eventId, relation) in answer.SetAside)
        {
            console.MarkupLineInterpolated($"[grey]Set aside to go on: '{eventId}' {relation.Kind} '{relation.TargetId}'.[/]");
        }

        var zone = questions.Timeline.TimeZone;
        var table = new Table().Title("Bounds the relations narrow (the dates stay as the source gives them)")
            .AddColumn("#").AddColumn("Event").AddColumn("Bound").AddColumn("Declared").AddColumn("Derived");
        var number = 0;
        foreach (var narrowing in answer.Narrowings)
        {
            var isEnd = narrowing.Bound is EventBound.EarliestEnd or EventBound.LatestEnd;
            table.AddRow(
                new Text((++number).ToString(CultureInfo.InvariantCulture)),
                new Text(narrowing.EventId),
                new Text(narrowing.Bound.ToString()),
                new Text(Day(narrowing.Declared, isEnd, zone)),
                new Text(Day(narrowing.Derived, isEnd, zone)));
        }

        table.Caption("An end is given as the last day it can or must reach.");
        Print(table);

        // The explanations are sentences, too long for a table column: each follows the table, by its number.
        number = 0;
        foreach (var narrowing in answer.Narrowings)
        {
            console.MarkupLineInterpolated($"[bold]{++number}.[/] {string.Join("; ", narrowing.Steps.Skip(1).Select(step => step.Text))}");
        }
    }

    private static string Day(Instant? instant, bool isEnd, DateTimeZone zone) =>
        instant is not { } value ? "open"
        : LocalDatePattern.Iso.Format((isEnd ? value - Duration.Epsilon : value).InZone(zone).Date);

    /// <summary>Prints the timeline's title, size, zone and as-of day.</summary>
    public void PrintHeader()
    {
        var timeline = questions.Timeline;
        console.Write(new Rule(Markup.Escape(timeline.Title)).LeftJustified());
        var asOf = timeline.AsOf is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "not set";
        console.MarkupLineInterpolated($"{timeline.Count} events; days begin and end in [bold]{timeline.TimeZone.Id}[/]; ongoing events last until the as-of day, [bold]{asOf}[/].");
        console.MarkupLine("[grey]Possibly: for some way the dates could be resolved. Certainly: for every way.[/]");
        console.WriteLine();
    }

    /// <summary>Prints what happened in a period.</summary>
    /// <param name="period">The period.</param>
    public void PrintHappenedIn(EdtfValue period)
    {
        var answer = questions.HappenedIn(period);
        PrintPossiblyAndCertainly($"What happened in {period}? (overlapping the whole period)", answer);
    }

    /// <summary>Prints what was going on on a day.</summary>
    /// <param name="day">The day.</param>
    public void PrintGoingOnOn(LocalDate day)
    {
        var answer = questions.GoingOnOn(day);
        PrintPossiblyAndCertainly($"What was going on on {day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}?", answer);
    }

    /// <summary>Prints what came next after an event.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="count">How many events.</param>
    public void PrintNextAfter(string eventId, int count)
    {
        var after = questions.Find(eventId);
        PrintEvents($"What came next after \"{after.Title}\" ({after.When})? The first {count} events that started after it ended", questions.NextAfter(eventId, count));
    }

    /// <summary>Prints the events per month of a year, possibly and certainly.</summary>
    /// <param name="year">The year.</param>
    public void PrintPerMonth(int year)
    {
        var rows = questions.PerMonth(year);
        var widest = Math.Max(1, rows.Max(row => row.Possibly));
        var table = new Table().Title($"Events per month of {year} (an event counts in every month it overlaps)")
            .AddColumn("Month").AddColumn(new TableColumn("Possibly").RightAligned()).AddColumn(new TableColumn("Certainly").RightAligned()).AddColumn(string.Empty);
        foreach (var (month, possibly, certainly) in rows)
        {
            // Certain events in a solid bar, the merely possible rest in a light one.
            var bar = $"[green]{new string('█', Scale(certainly, widest))}[/][grey]{new string('░', Scale(possibly, widest) - Scale(certainly, widest))}[/]";
            table.AddRow(
                new Text(MonthPattern.Format(month)),
                new Text(possibly.ToString(CultureInfo.InvariantCulture)),
                new Text(certainly.ToString(CultureInfo.InvariantCulture)),
                new Markup(bar));
        }

        Print(table);
    }

    /// <summary>Prints how one event relates to another in Allen's algebra.</summary>
    /// <param name="firstId">The first event's id.</param>
    /// <param name="secondId">The second event's id.</param>
    public void PrintRelation(string firstId, string secondId)
    {
        var first = questions.Find(firstId);
        var second = questions.Find(secondId);
        var table = new Table().Title($"How does \"{first.Title}\" ({first.When}) relate to \"{second.Title}\" ({second.When})?")
            .AddColumn("Allen relation").AddColumn("Answer");
        foreach (var (relation, answer) in questions.Relation(firstId, secondId))
        {
            table.AddRow(new Text($"{first.Id} {relation} {second.Id}"), new Text(answer == TruthValue.Yes ? "Yes" : "Maybe"));
        }

        table.Caption("Every other relation is ruled out (No).");
        Print(table);
    }

    /// <summary>Prints everything involving an actor.</summary>
    /// <param name="actor">The actor's name.</param>
    public void PrintInvolving(string actor)
    {
        PrintEvents($"Everything involving {actor}", questions.Involving(actor));
    }

    /// <summary>Prints everything at a place.</summary>
    /// <param name="place">The place's name.</param>
    public void PrintAt(string place)
    {
        PrintEvents($"Everything at {place}", questions.At(place));
    }

    private void PrintPossiblyAndCertainly(string title, PossiblyAndCertainly answer)
    {
        var table = new Table().Title(title).AddColumn("When (EDTF)").AddColumn("Event").AddColumn("Answer");
        foreach (var item in answer.Possibly)
        {
            table.AddRow(new Text(item.When.ToString()), new Text(item.Title), new Text(answer.IsCertain(item) ? "certainly" : "possibly"));
        }

        table.Caption($"{answer.Possibly.Length} possibly, {answer.Certainly.Length} of them certainly");
        Print(table);
    }

    private void PrintEvents(string title, ImmutableArray<TimelineEvent> events)
    {
        var table = new Table().Title(title).AddColumn("When (EDTF)").AddColumn("Event").AddColumn("Tags");
        foreach (var item in events)
        {
            table.AddRow(new Text(item.When.ToString()), new Text(item.Title), new Text(string.Join(", ", item.Tags)));
        }

        Print(table);
    }

    private void Print(Table table)
    {
        if (table.Rows.Count == 0)
        {
            table.AddRow(new Text("(none)"), new Text(string.Empty), new Text(string.Empty));
        }

        console.Write(table.Expand());
        console.WriteLine();
    }

    private static int Scale(int count, int widest) => (int)Math.Round(count * 30.0 / widest);
}
