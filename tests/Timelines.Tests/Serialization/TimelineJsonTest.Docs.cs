using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

/// <summary>docs/json-format.md names only what a user can call.</summary>
public partial class TimelineJsonTest
{
    [Test]
    public void FormatDocument_NamesOnlyPublicTypesAndMembers()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Timeline.sln")))
        {
            folder = folder.Parent;
        }

        Assert.That(folder, Is.Not.Null, "The repository was not found above the test folder.");
        var text = File.ReadAllText(Path.Combine(folder!.FullName, "docs", "json-format.md"));
        var library = typeof(TimelineJson).Assembly;
        var named = Regex.Matches(text, @"`(?:new )?([A-Z][A-Za-z0-9]+)(?:\.([A-Z][A-Za-z0-9]+))?[`(]").Select(m => (Type: m.Groups[1].Value, Member: m.Groups[2].Value)).Distinct().ToList();
        var checkedAny = false;
        Assert.Multiple(() =>
        {
            foreach (var (typeName, member) in named)
            {
                var type = library.GetTypes().FirstOrDefault(t => t.Name == typeName);
                if (type is null)
                {
                    continue;
                }

                checkedAny = true;
                Assert.That(type.IsPublic, Is.True, $"`{typeName}` is not public.");
                if (member.Length > 0)
                {
                    Assert.That(
                        type.GetMember(member, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance),
                        Is.Not.Empty,
                        $"`{typeName}.{member}` is not a public member.");
                }
            }
        });
        Assert.That(checkedAny, Is.True);
    }
}
