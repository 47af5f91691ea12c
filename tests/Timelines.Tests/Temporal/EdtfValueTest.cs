namespace Timelines.Tests.Temporal;

/// <summary>Tests for <see cref="EdtfValue"/>, split by concern into partial files.</summary>
[TestFixture]
public partial class EdtfValueTest
{
}
