namespace Timelines.Tool.Tests;

/// <summary>A test class whose tests each get a fresh folder, deleted after the test.</summary>
public abstract class FileTest
{
    private TestFiles? files;

    /// <summary>Gets the current test's folder.</summary>
    internal TestFiles Files => files ?? throw new System.InvalidOperationException("No test is running.");

    [SetUp]
    public void CreateFolder() => files = new TestFiles();

    [TearDown]
    public void DeleteFolder()
    {
        files?.Dispose();
        files = null;
    }
}
