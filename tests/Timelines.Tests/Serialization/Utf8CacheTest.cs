using System.Text;
using Timelines.Serialization;

namespace Timelines.Tests.Serialization;

[TestFixture]
public class Utf8CacheTest
{
    [Test]
    public void Get_AfterSet_GivesTheValueForTheSameBytesOnly()
    {
        var cache = new Utf8Cache<string>();
        Assert.That(cache.Get("border"u8, out var slot), Is.Null);
        cache.Set(slot, "border"u8, "border");
        Assert.That(cache.Get("border"u8, out _), Is.EqualTo("border"));
        Assert.That(cache.Get("borders"u8, out _), Is.Null);
        Assert.That(cache.Get("borde"u8, out _), Is.Null);
    }

    [Test]
    public void Set_SlotOfAnotherText_ReplacesIt()
    {
        // Find two texts that share a slot; the later one takes it, and the earlier one is then a miss, not a wrong hit.
        var cache = new Utf8Cache<string>();
        cache.Get("tag-0"u8, out var first);
        var other = 1;
        int slot;
        while (true)
        {
            cache.Get(Encoding.UTF8.GetBytes($"tag-{other}"), out slot);
            if (slot == first)
            {
                break;
            }

            other++;
        }

        cache.Set(first, "tag-0"u8, "tag-0");
        var otherBytes = Encoding.UTF8.GetBytes($"tag-{other}");
        cache.Set(slot, otherBytes, $"tag-{other}");
        Assert.That(cache.Get(otherBytes, out _), Is.EqualTo($"tag-{other}"));
        Assert.That(cache.Get("tag-0"u8, out _), Is.Null);
    }
}
