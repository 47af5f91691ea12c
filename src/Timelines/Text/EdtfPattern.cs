using System;
using System.Text;
using NodaTime.Text;

namespace Timelines.Text;

/// <summary>
/// Parses and formats EDTF values (ISO 8601-2 levels 0 and 1), in the manner of NodaTime's patterns:
/// <see cref="Parse"/> returns a <see cref="ParseResult{T}"/> rather than throwing on bad text.
/// </summary>
/// <remarks>
/// <para>
/// Both patterns format in the 2019 syntax and accept every level 0 and level 1 form of it. <see cref="Lenient"/>
/// also accepts the syntax of the pre-2019 drafts: <c>u</c> for an unspecified digit, <c>unknown</c> for an unknown
/// end and <c>open</c> for an open end.
/// </para>
/// <para>
/// Level 2 features (exponential years, significant digits, group qualifiers, sets, unspecified digits that are
/// not the last ones) are rejected with a message that names them. Years must fall in NodaTime's range, -9998 to
/// 9999; letter-prefixed years (<c>Y170000002</c>) are read and rejected with that reason rather than misread.
/// </para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EdtfPattern : IPattern<EdtfValue>
{
    private readonly bool lenient;

    private EdtfPattern(bool lenient) => this.lenient = lenient;

    /// <summary>Gets the pattern that accepts only the 2019 syntax.</summary>
    public static EdtfPattern Strict { get; } = new(lenient: false);

    /// <summary>Gets the pattern that accepts the 2019 syntax and the pre-2019 forms <c>u</c>, <c>unknown</c> and <c>open</c>.</summary>
    public static EdtfPattern Lenient { get; } = new(lenient: true);

    /// <summary>Parses EDTF text.</summary>
    /// <param name="text">The text, such as <c>2022-02/..</c>.</param>
    /// <returns>A successful result with the value, or a failed one whose exception is an <see cref="EdtfParseException"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<EdtfValue> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EdtfParser.ParseValue(text, lenient);
    }

    /// <summary>Formats a value in the 2019 syntax.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The EDTF text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public string Format(EdtfValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToString();
    }

    /// <summary>Appends a value, formatted in the 2019 syntax, to a builder.</summary>
    /// <param name="value">The value.</param>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StringBuilder AppendFormat(EdtfValue value, StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Append(value.ToString());
    }
}
