using Microsoft.Extensions.DependencyInjection;

namespace OracleHosting;

internal static class Composition
{
    [InitOrder.InitPatch(typeof(StartupGreeting))]
    internal static void ResolveGreeter()
    {
        using var provider = new ServiceCollection().AddSingleton<IGreeter, Greeter>().BuildServiceProvider();
        StartupGreeting.Text = provider.GetRequiredService<IGreeter>().Greet();
    }
}
