using System.Threading.Tasks;

namespace OracleSemantics;

internal static class AsyncCase
{
    // Start-up code cannot await, so it blocks: the state machine's MoveNext still runs the body.
    public static int Run() => LoadAsync().GetAwaiter().GetResult();

    private static async Task<int> LoadAsync()
    {
        await Task.CompletedTask;
        return AsyncTarget.Value;
    }
}
