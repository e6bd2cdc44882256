using System;

namespace OracleSemantics;

internal static class LazyWithoutFactoryCase
{
    // No factory: Lazy creates the value with Activator.CreateInstance, so no IL here calls Gadget's constructor.
    public static int Run() => new Lazy<Gadget>().Value.Size;
}
