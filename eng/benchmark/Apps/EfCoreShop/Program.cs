using System;

namespace EfCoreShop;

internal static class Program
{
    private static void Main() => Console.WriteLine("prices in " + Currency.Symbol);
}
