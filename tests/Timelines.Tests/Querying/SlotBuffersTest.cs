using System.Threading.Tasks;
using Timelines.Querying.Indexing;

namespace Timelines.Tests.Querying;

public class SlotBuffersTest
{
    [Test]
    public void Rent_AfterReturnOnTheSameThread_ReusesTheBuffer()
    {
        var first = SlotBuffers.Rent(16);
        SlotBuffers.Return(first);
        var second = SlotBuffers.Rent(8);
        SlotBuffers.Return(second);
        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Rent_LongerThanTheKeptBuffer_GivesOneLongEnough()
    {
        SlotBuffers.Return(SlotBuffers.Rent(16));
        var longer = SlotBuffers.Rent(5000);
        Assert.That(longer, Has.Length.AtLeast(5000));
        SlotBuffers.Return(longer);
    }

    [Test]
    public async Task Rent_OnAnotherThread_DoesNotGetThisThreadsBuffer()
    {
        var mine = SlotBuffers.Rent(16);
        SlotBuffers.Return(mine);
        var theirs = await Task.Factory.StartNew(() => SlotBuffers.Rent(16), TaskCreationOptions.LongRunning);
        Assert.That(theirs, Is.Not.SameAs(mine));
    }
}
