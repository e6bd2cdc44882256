using System;
using OracleProbe;

namespace OracleAttributes;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[attributes] invoice attributes: " + InvoiceInspection.Text);
        Console.WriteLine("[attributes] invoked by name: " + NamedInvocation.Text);
        Console.WriteLine("[attributes] label caption: " + LabelDescription.Text);
        Console.WriteLine("[attributes] temperature: " + ParsedTemperature.Text);
        Console.WriteLine("[attributes] price: " + LoadedPrice.Text);
        Console.WriteLine("[attributes] weight: " + LoadedWeight.Text);
        Console.WriteLine("[attributes] shape: " + LoadedShape.Text);
        Console.WriteLine("[attributes] stock item: " + OrderValidation.Text);
        Console.WriteLine("[attributes] shop currency: " + ShopValidation.Text);

        // After every patch: what start-up never ran.
        Console.WriteLine("[attributes] later: " + Jobs.Purge() + ", ledger on shelf " + new ArchivedAttribute().Shelf);

        PatchLog.Print("attributes", nameof(AuditPolicy), AuditPolicy.SawPatch);
        PatchLog.Print("attributes", nameof(ArchivePolicy), ArchivePolicy.SawPatch);
        PatchLog.Print("attributes", nameof(WarmRules), WarmRules.SawPatch);
        PatchLog.Print("attributes", nameof(PurgeRules), PurgeRules.SawPatch);
        PatchLog.Print("attributes", nameof(CaptionStyle), CaptionStyle.SawPatch);
        PatchLog.Print("attributes", nameof(Thermostat), Thermostat.SawPatch);
        PatchLog.Print("attributes", nameof(PriceRules), PriceRules.SawPatch);
        PatchLog.Print("attributes", nameof(WeightRules), WeightRules.SawPatch);
        PatchLog.Print("attributes", nameof(CircleRules), CircleRules.SawPatch);
        PatchLog.Print("attributes", nameof(SkuRules), SkuRules.SawPatch);
        PatchLog.Print("attributes", nameof(CurrencyRules), CurrencyRules.SawPatch);
        return 0;
    }
}
