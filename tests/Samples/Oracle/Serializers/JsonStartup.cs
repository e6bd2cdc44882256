using Newtonsoft.Json;

namespace OracleSerializers;

/// <summary>
/// Start-up JSON work, in this order: each serializing patch is followed by its clean target patch (see
/// TargetPatches) before any deserializer runs, so the clean cases see exactly the code before them.
/// </summary>
internal static class JsonStartup
{
    [InitOrder.InitPatch(typeof(SerializedAudit), Order = 0)]
    internal static void SerializeAudit() =>
        SerializedAudit.Json = JsonConvert.SerializeObject(new AuditEntry { Action = "start", Count = 1 });

    [InitOrder.InitPatch(typeof(SerializedReceipt), Order = 2)]
    internal static void SerializeReceipt() =>
        SerializedReceipt.Json = System.Text.Json.JsonSerializer.Serialize(new Receipt { Total = 9.5m });

    [InitOrder.InitPatch(typeof(LoadedSettings), Order = 4)]
    internal static void DeserializeSettings() =>
        LoadedSettings.Json = JsonConvert.DeserializeObject<Settings>("{\"Name\":\"billing\"}")?.Name ?? "";

    [InitOrder.InitPatch(typeof(LoadedProfile), Order = 5)]
    internal static void DeserializeProfile() =>
        LoadedProfile.Json = System.Text.Json.JsonSerializer.Deserialize<Profile>("{\"Language\":\"fr\"}")?.Language ?? "";
}
