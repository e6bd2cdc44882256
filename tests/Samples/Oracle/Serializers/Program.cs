using System;
using OracleProbe;

namespace OracleSerializers;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[serializers] audit: " + SerializedAudit.Json);
        Console.WriteLine("[serializers] receipt: " + SerializedReceipt.Json);
        Console.WriteLine("[serializers] settings name: " + LoadedSettings.Json);
        Console.WriteLine("[serializers] profile language: " + LoadedProfile.Json);
        Console.WriteLine("[serializers] fancy stamp after the patches: " + new FancyStamp().Text + ", audit key: " + new AuditKey());

        PatchLog.Print("serializers", nameof(AuditClock), AuditClock.SawPatch);
        PatchLog.Print("serializers", nameof(StampInk), StampInk.SawPatch);
        PatchLog.Print("serializers", nameof(NameRules), NameRules.SawPatch);
        PatchLog.Print("serializers", nameof(ProfileRules), ProfileRules.SawPatch);
        return 0;
    }
}
