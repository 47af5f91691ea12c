using System.IO;
using System.Reflection;
using Timelines.Serialization;

namespace Timelines.PackageConsumer;

/// <summary>What the package ships besides code: the right build per framework, XML docs, README and schema.</summary>
public class PackageContentTest
{
    [Test]
    public void LoadedAssembly_IsTheRestoredPackagesBuildForThisFramework()
    {
        // Byte for byte, so that neither a project reference nor another framework's build can pass for the package.
        var loaded = File.ReadAllBytes(typeof(Timeline).Assembly.Location);
        var packaged = File.ReadAllBytes(Path.Combine(PackageUnderTest.LibFolder, "Timelines.dll"));
        Assert.That(loaded, Is.EqualTo(packaged));
    }

    [Test]
    public void LoadedAssembly_CarriesThePackageVersion()
    {
        var informational = typeof(Timeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // The SDK appends "+<commit>" when it knows the commit, so the version is a prefix.
        Assert.That(informational, Does.StartWith(PackageUnderTest.Version));
    }

    [Test]
    public void Package_ShipsXmlDocumentationBesideTheAssembly()
    {
        var docs = Path.Combine(PackageUnderTest.LibFolder, "Timelines.xml");
        Assert.That(docs, Does.Exist);
        Assert.That(File.ReadAllText(docs), Does.Contain("T:Timelines.Serialization.TimelineJson").And.Contain("T:Timelines.EdtfValue"));
    }

    [Test]
    public void Package_ShipsItsReadme()
    {
        Assert.That(File.ReadAllText(Path.Combine(PackageUnderTest.Folder, "README.md")), Does.StartWith("# Timelines"));
    }

    [Test]
    public void Package_ShipsTheSchemaAsAContentFile_IdenticalToTheEmbeddedOne()
    {
        var contentFile = Path.Combine(PackageUnderTest.Folder, "contentFiles", "any", "any", "timeline.schema.json");
        Assert.That(contentFile, Does.Exist);
        Assert.That(File.ReadAllText(contentFile), Is.EqualTo(TimelineJson.GetSchema()));
    }
}
