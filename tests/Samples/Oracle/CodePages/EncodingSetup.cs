using System.Text;

namespace OracleCodePages;

internal static class EncodingSetup
{
    // Everything that asks Encoding for a code page must come after this, or it gets an exception instead.
    [InitOrder.InitPatch(typeof(Encoding))]
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
