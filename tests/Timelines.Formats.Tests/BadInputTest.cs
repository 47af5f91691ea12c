using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Timelines.Formats.Tests;

/// <summary>
/// The bad-input corpus (BadInput/&lt;format&gt;/*): every file makes its reader throw a
/// <see cref="TimelineFormatException"/> and nothing else, with errors that say where (line, column, field) and what,
/// exactly as in the file's <c>.expected.txt</c> (one error a line).
/// </summary>
public class BadInputTest
{
    /// <summary>Set to 1 to write the .expected.txt files from what the readers say, to review before committing.</summary>
    private const string WriteExpectedVariable = "TIMELINES_FORMATS_WRITE_EXPECTED";

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "BadInput");

    public static IEnumerable<TestCaseData> Corpus() =>
        Directory.GetDirectories(Root).OrderBy(d => d, StringComparer.Ordinal).SelectMany(folder =>
            Directory.GetFiles(folder).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal)
                .Select(file => new TestCaseData(Path.GetFileName(folder), Path.GetFileName(file)).SetName($"{Path.GetFileName(folder)}/{Path.GetFileName(file)}")));

    [TestCaseSource(nameof(Corpus))]
    public void Read_BadInput_ThrowsLocatedFormatErrors(string format, string name)
    {
        var path = Path.Combine(Root, format, name);
        var reader = TimelineFormat.FindByName(format)!;
        TimelineFormatException? thrown = null;
        try
        {
            using var input = File.OpenRead(path);
            reader.Read(input);
        }
        catch (TimelineFormatException e)
        {
            thrown = e;
        }

        Assert.That(thrown, Is.Not.Null, "the reader accepted bad input");
        Assert.That(thrown!.Format, Is.EqualTo(format));
        Assert.That(thrown.Errors, Is.Not.Empty);
        var actual = string.Join("\n", thrown.Errors.Select(e => e.ToString())) + "\n";
        var expectedPath = Path.ChangeExtension(path, null) + ".expected.txt";
        if (Environment.GetEnvironmentVariable(WriteExpectedVariable) == "1")
        {
            var source = Path.Combine(Consumers.NodeScripts.Folder, "..", "BadInput", format, Path.GetFileName(expectedPath));
            File.WriteAllText(source, actual);
        }

        Assert.That(File.Exists(expectedPath), Is.True, $"{expectedPath} is missing; what the reader says:\n{actual}");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedPath)));
        Assert.That(thrown.Message, Does.Contain(thrown.Errors[0].Message));
    }

    [Test]
    public void Corpus_HasAtLeastTwentyFilesPerReader()
    {
        foreach (var format in TimelineFormat.All.Where(f => f.CanRead && f != TimelineFormat.Timeline))
        {
            var files = Directory.GetFiles(Path.Combine(Root, format.Name)).Count(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal));
            Assert.That(files, Is.GreaterThanOrEqualTo(20), format.Name);
        }
    }
}
