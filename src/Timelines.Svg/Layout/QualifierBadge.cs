namespace Timelines.Svg.Layout;

/// <summary>
/// A badge on an end of an event whose date is qualified: <c>?</c> (uncertain), <c>~</c> (approximate) or both,
/// centred at <see cref="X"/> on the bar's middle. <see cref="End"/> is "start", "end", or "date" for the one
/// date of an event that is not an interval.
/// </summary>
internal sealed record QualifierBadge(string End, EdtfQualifier Qualifier, double X)
{
    /// <summary>Gets the text drawn in the badge: the qualifier as EDTF writes it, <c>?~</c> for <c>%</c>.</summary>
    public string Glyph => Qualifier switch
    {
        EdtfQualifier.Uncertain => "?",
        EdtfQualifier.Approximate => "~",
        _ => "?~",
    };
}
