using System.ComponentModel;
using System.Linq;

namespace OracleAttributes;

/// <summary>The app's own reflection over attributes, and a member invoked by its constant name.</summary>
internal static class AttributeStartup
{
    [InitOrder.InitPatch(typeof(InvoiceInspection), Order = 0)]
    internal static void InspectInvoice()
    {
        var ledger = new Ledger();
        InvoiceInspection.Text = string.Join(",", typeof(Invoice).GetCustomAttributes(false).Select(a => a.GetType().Name)) + " / ledger lines " + ledger.Lines;
    }

    [InitOrder.InitPatch(typeof(NamedInvocation), Order = 2)]
    internal static void InvokeByName() =>
        NamedInvocation.Text = (string)typeof(Jobs).GetMethod("Warm")!.Invoke(null, null)!;

    [InitOrder.InitPatch(typeof(LabelDescription), Order = 4)]
    internal static void DescribeLabel() =>
        LabelDescription.Text = TypeDescriptor.GetAttributes(typeof(Label)).OfType<CaptionAttribute>().Single().Text;

    [InitOrder.InitPatch(typeof(ParsedTemperature), Order = 5)]
    internal static void ParseTemperature() =>
        ParsedTemperature.Text = TypeDescriptor.GetConverter(typeof(Temperature)).ConvertFromInvariantString("21")!.ToString()!;
}
