using System;
using System.Collections.Generic;
using System.Reflection.Metadata;

namespace InitOrder.Analysis.Loading;

/// <summary>
/// Reads the ExportedType table's type forwarders, so a reference through a facade (for example
/// netstandard.dll) can be followed to the assembly that defines the type.
/// </summary>
internal static class ForwarderIndex
{
    public static Dictionary<string, string> Build(MetadataReader reader)
    {
        var forwarders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var handle in reader.ExportedTypes)
        {
            var exported = reader.GetExportedType(handle);
            string? target = null;
            string name = reader.GetString(exported.Name);
            string ns = reader.GetString(exported.Namespace);

            // Nested exported types point at their enclosing exported type; walk out to the one that names the assembly.
            var implementation = exported.Implementation;
            int hops = 0;
            while (implementation.Kind == HandleKind.ExportedType && hops++ < 64)
            {
                var outer = reader.GetExportedType((ExportedTypeHandle)implementation);
                name = reader.GetString(outer.Name) + "+" + name;
                ns = reader.GetString(outer.Namespace);
                implementation = outer.Implementation;
            }

            if (implementation.Kind == HandleKind.AssemblyReference)
            {
                target = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)implementation).Name);
            }

            string fullName = ns.Length == 0 ? name : ns + "." + name;
            if (target is not null && !forwarders.ContainsKey(fullName))
            {
                forwarders.Add(fullName, target);
            }
        }

        return forwarders;
    }
}
