using System.Linq;
using InitOrder.Generator.Model;

namespace InitOrder.Generator.Emit;

/// <summary>
/// The run-time counterpart of gevent's `if 'threading' in sys.modules`: before a patch with target assemblies runs,
/// look for those assemblies among the loaded ones. Emitted only when some patch names assemblies.
/// </summary>
internal static class RuntimeGuardEmitter
{
    public static string StringArray(EquatableArray<string> values)
        => "new string[] { " + string.Join(", ", values.Select(CSharpLiteral.String)) + " }";

    public static void EmitCheck(CodeWriter writer, RuntimeGuardMode guard)
    {
        writer.Line()
            .Open("private static void CheckNotYetLoaded(string patch, string[] targetAssemblies)")
            .Open("foreach (var loaded in global::System.AppDomain.CurrentDomain.GetAssemblies())")
            // FullName ("Name, Version=...") is cached by the runtime; GetName() would parse a new AssemblyName per assembly.
            .Line("var fullName = loaded.FullName ?? string.Empty;")
            .Open("foreach (var target in targetAssemblies)")
            .Line("var matches = fullName.Length >= target.Length")
            .Line("    && string.Compare(fullName, 0, target, 0, target.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0")
            .Line("    && (fullName.Length == target.Length || fullName[target.Length] == ',');")
            .Open("if (!matches)")
            .Line("continue;")
            .Close()
            .Line()
            .Line("var message = \"InitOrder: assembly '\" + target + \"' was already loaded when patch '\" + patch + \"' was about to run, so its code may have run unpatched. \"")
            .Line("    + \"Something ran before this assembly's module initializer (a startup hook, test host, design-time tool or plugin host); apply the patch there, or set InitOrderRuntimeGuard to 'off' if this is expected.\";")
            .Line("s_guardFindings.Add(patch + \": \" + target);");
        if (guard == RuntimeGuardMode.Throw)
        {
            writer.Line("throw new global::System.InvalidOperationException(message);");
        }
        else
        {
            writer.Line("global::System.Console.Error.WriteLine(message);")
                .Line("global::System.Diagnostics.Trace.TraceWarning(message);");
        }

        writer.Close().Close().Close();
    }
}
