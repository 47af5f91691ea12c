using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Spectre.Console;
using Timelines.Tool.Summary;

namespace Timelines.Tool.Output;

/// <summary>Prints a <see cref="TimelineSummary"/> as readable tables.</summary>
internal static class SummaryTables
{
    /// <summary>Prints the summary.</summary>
    /// <param name="console">The console (plain text when the output is not a terminal).</param>
    /// <param name="summary">The summary.</param>
    /// <param name="top">How many tags, actors and places to list; 0 for all.</param>
    public static void Print(IAnsiConsole console, TimelineSummary summary, int top)
    {
        var overview = Table("Timeline", "", alignRight: false);
        overview.ShowHeaders = false;
        Row(overview, "Title", summary.Title);
        if (summary.Id is { } id)
        {
            Row(overview, "Id", id);
        }

        Row(overview, "Events", Number(summary.Events));
        Row(overview, "Span", Span(summary));
        Row(overview, "Time zone", summary.Zone.Id);
        Row(overview, "As of", summary.AsOf is { } asOf ? Day(asOf) : "not set");
        console.Write(overview);

        var dates = Table("Dates", "Events");
        Row(dates, "Single dates", Number(summary.SingleDates));
        Row(dates, "Intervals", Number(summary.Intervals));
        Row(dates, "Open starts (..)", Number(summary.OpenStarts));
        Row(dates, "Open ends (.., ongoing)", Number(summary.OpenEnds));
        Row(dates, "Unknown starts", Number(summary.UnknownStarts));
        Row(dates, "Unknown ends", Number(summary.UnknownEnds));
        console.Write(dates);

        var precisions = Table("Precision (each date)", "Dates");
        foreach (var (precision, count) in summary.Precisions)
        {
            Row(precisions, precision.ToString().ToLowerInvariant(), Number(count));
        }

        console.Write(precisions);

        var qualifiers = Table("Qualifier (each date)", "Dates");
        foreach (var (qualifier, count) in summary.Qualifiers)
        {
            Row(qualifiers, QualifierName(qualifier), Number(count));
        }

        Row(qualifiers, "unspecified digits (X)", Number(summary.UnspecifiedDigits));
        console.Write(qualifiers);

        Counts(console, "Status", summary.Statuses, 0);
        Counts(console, "Tag", summary.Tags, top);
        Counts(console, "Actor", summary.Actors, top);
        Counts(console, "Place", summary.Places, top);
    }

    /// <summary>Gets a qualifier's name with its EDTF sign.</summary>
    public static string QualifierName(EdtfQualifier qualifier) => qualifier switch
    {
        EdtfQualifier.Uncertain => "uncertain (?)",
        EdtfQualifier.Approximate => "approximate (~)",
        EdtfQualifier.UncertainAndApproximate => "uncertain and approximate (%)",
        _ => qualifier.ToString(),
    };

    /// <summary>Gets a day as <c>yyyy-MM-dd</c>.</summary>
    public static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Span(TimelineSummary summary) =>
        summary.Events == 0 ? "none"
            : $"{(summary.FirstDay is { } first ? Day(first) : "open")} to {(summary.LastDay is { } last ? Day(last) : "open")} (possible extent, days in {summary.Zone.Id})";

    private static void Counts(IAnsiConsole console, string what, Dictionary<string, long> counts, int top)
    {
        var table = Table(what, "Events");
        foreach (var (name, count) in TimelineSummary.Ranked(counts, top))
        {
            Row(table, name, Number(count));
        }

        if (top > 0 && counts.Count > top)
        {
            table.Caption($"{top} of {counts.Count}; --top 0 lists all");
        }
        else if (counts.Count == 0)
        {
            Row(table, "(none)", string.Empty);
        }

        console.Write(table);
    }

    private static Table Table(string what, string count, bool alignRight = true)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(Markup.Escape(what)));
        var counts = new TableColumn(Markup.Escape(count));
        table.AddColumn(alignRight ? counts.RightAligned() : counts);
        return table;
    }

    private static void Row(Table table, string name, string value) =>
        table.AddRow(new Spectre.Console.Text(name), new Spectre.Console.Text(value));

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
