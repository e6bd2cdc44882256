using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Discovery;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// <c>[UnsafeAccessor(UnsafeAccessorKind.Field, Name = "…")] static extern ref T F(C c)</c> (.NET 8) gives any code a
/// reference to a private field by name, with no IL that names the field and no body to follow. The names such accessors
/// ask for are read from the CustomAttribute table of every analysed assembly, as assemblies load; a guard whose field
/// one of them names counts as open from the start (whether the accessor is called is not looked at: a cheap, safe
/// reading). A name that cannot be read counts as every name.
/// </summary>
internal sealed class UnsafeFieldAccessors
{
    private const string AttributeName = "System.Runtime.CompilerServices.UnsafeAccessorAttribute";

    /// <summary>Stands for a name that could not be read: every field may be accessed.</summary>
    private const string AnyName = "*";

    private readonly AssemblySet _assemblies;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private int _scanned;

    public UnsafeFieldAccessors(AssemblySet assemblies)
    {
        _assemblies = assemblies;
    }

    /// <summary>Whether an accessor of any analysed assembly loaded so far may reach a field named <paramref name="fieldName"/>.</summary>
    public bool MayAccess(string fieldName)
    {
        ScanNewAssemblies();
        return _names.Contains(fieldName) || _names.Contains(AnyName);
    }

    /// <summary>True when assemblies loaded since the last call hold accessors: callers check their guards again.</summary>
    public bool ScanNewAssemblies()
    {
        int before = _names.Count;
        var loaded = _assemblies.Loaded;
        for (; _scanned < loaded.Count; _scanned++)
        {
            if (!loaded[_scanned].IsReferenceAssembly)
            {
                Scan(loaded[_scanned]);
            }
        }

        return _names.Count != before;
    }

    private void Scan(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Parent.Kind != HandleKind.MethodDefinition || AttributeNames.TypeOf(assembly, attribute.Constructor) != AttributeName)
            {
                continue;
            }

            _names.Add(NameOf(assembly, attribute, (MethodDefinitionHandle)attribute.Parent));
        }
    }

    /// <summary>The <c>Name</c> argument, or the method's own name when there is none (the runtime's default).</summary>
    private static string NameOf(LoadedAssembly assembly, CustomAttribute attribute, MethodDefinitionHandle method)
    {
        try
        {
            var value = attribute.DecodeValue(new AttributeTypeProvider(assembly));
            foreach (var named in value.NamedArguments)
            {
                if (named.Name == "Name")
                {
                    return named.Value as string ?? AnyName;
                }
            }

            return assembly.Strings.Get(assembly.Reader.GetMethodDefinition(method).Name);
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException)
        {
            return AnyName;
        }
    }
}
