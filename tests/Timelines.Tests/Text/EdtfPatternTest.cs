namespace Timelines.Tests.Text;

/// <summary>Tests for <see cref="Timelines.Text.EdtfPattern"/>, split by concern into partial files.</summary>
[TestFixture]
public partial class EdtfPatternTest
{
}
