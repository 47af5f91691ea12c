using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Timelines.PackageConsumer;

/// <summary>Where the restored Timelines package is, and which of its builds this test run uses.</summary>
internal static class PackageUnderTest
{
    /// <summary>Gets the version that the build was asked to restore (-p:TimelinesVersion).</summary>
    public static string Version => Metadata("TimelinesVersion");

    /// <summary>Gets the restored package's folder in the consumer's own packages folder.</summary>
    public static string Folder => Metadata("TimelinesPackageFolder");

    /// <summary>Gets the package's lib folder for the framework this test assembly was built for.</summary>
    public static string LibFolder => Path.Combine(Folder, "lib", TargetFramework);

#if NET10_0_OR_GREATER
    private const string TargetFramework = "net10.0";
#else
    private const string TargetFramework = "net8.0";
#endif

    private static string Metadata(string key) =>
        typeof(PackageUnderTest).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The build did not record {key}.");
}
