using System;
using Timelines.Text.Internal;

namespace Timelines.Text;

/// <summary>
/// The exception thrown when text is not valid EDTF. The message says what is wrong and at which character;
/// <see cref="Index"/> and <see cref="Reason"/> give the same facts to code.
/// </summary>
/// <remarks>
/// To avoid exceptions for text that is expected to be bad, use <see cref="EdtfPattern.Parse"/> or
/// <see cref="EdtfValue.TryParse"/>.
/// </remarks>
public sealed class EdtfParseException : FormatException
{
    /// <summary>Initializes a new instance with no details.</summary>
    public EdtfParseException()
        : this(string.Empty, 0, EdtfMessages.NotValidNoDetails)
    {
    }

    /// <summary>Initializes a new instance with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public EdtfParseException(string message)
        : base(message)
    {
        Text = string.Empty;
        Reason = message;
    }

    /// <summary>Initializes a new instance with a message of its own and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EdtfParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Text = string.Empty;
        Reason = message;
    }

    /// <summary>Initializes a new instance for a problem at a given character of some text.</summary>
    /// <param name="text">The text that failed to parse.</param>
    /// <param name="index">The zero-based index of the character where the problem was found.</param>
    /// <param name="reason">What is wrong, as a sentence.</param>
    public EdtfParseException(string text, int index, string reason)
        : base(EdtfMessages.NotValid(text, index, reason))
    {
        Text = text;
        Index = index;
        Reason = reason;
    }

    /// <summary>Gets the text that failed to parse.</summary>
    public string Text { get; }

    /// <summary>Gets the zero-based index of the character where the problem was found (the text's length if it ended too soon).</summary>
    public int Index { get; }

    /// <summary>Gets what is wrong, without the text and position.</summary>
    public string Reason { get; }
}
