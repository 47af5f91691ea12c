using System.Collections.Generic;
using System.Threading.Tasks;

namespace Timelines.PostgreSql.Tests;

internal static class AsyncLists
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
