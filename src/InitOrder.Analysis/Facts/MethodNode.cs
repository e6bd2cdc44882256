using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// A method definition in followed code: a node of the reachability graph. One instance per method
/// (see <see cref="CodeGraph.Node(LoadedAssembly, MethodDefinitionHandle)"/>), so reference equality is identity.
/// </summary>
internal sealed class MethodNode
{
    private string? _name;
    private string? _shortName;
    private string? _fullName;

    public MethodNode(LoadedAssembly assembly, MethodDefinitionHandle handle, int id)
    {
        Assembly = assembly;
        Handle = handle;
        Id = id;

        // Reading the row and its name here makes a malformed token fail where it is used, as it always has;
        // only the name's string waits until a message needs it.
        var definition = assembly.Reader.GetMethodDefinition(handle);
        DeclaringType = assembly.Names.Get(definition.GetDeclaringType());
        IsStaticConstructor = assembly.Reader.StringComparer.Equals(definition.Name, DisplayNames.StaticConstructorName);
    }

    public LoadedAssembly Assembly { get; }

    public MethodDefinitionHandle Handle { get; }

    /// <summary>Creation order; gives deterministic ordering without comparing names.</summary>
    public int Id { get; }

    public NamedType DeclaringType { get; }

    /// <summary>Read on first use: most nodes of a big graph are only ever searched, never named.</summary>
    public string Name => _name ??= Assembly.Strings.Get(Assembly.Reader.GetMethodDefinition(Handle).Name);

    /// <summary><c>Telemetry.Init()</c>, <c>ThreadRegistry..cctor</c> or <c>&lt;Module&gt;..cctor [Lib]</c>.</summary>
    public string ShortName => _shortName ?? BuildDisplayNames().ShortName;

    /// <summary>Like <see cref="ShortName"/> with the namespace: <c>Sample.Telemetry.Init()</c>.</summary>
    public string FullName => _fullName ?? BuildDisplayNames().FullName;

    /// <summary>The contract's patch name form: <c>Namespace.Type.Method</c>, without parentheses.</summary>
    public string PatchName => DeclaringType.FullName + "." + Name;

    public bool IsStaticConstructor { get; }

    public SourceLocation? LocationAt(int ilOffset) => Assembly.Lines?.Find(Handle, ilOffset);

    public override string ToString() => FullName;

    // Nodes are unique per method, so identity equality is right; the id makes hashing cheap.
    public override int GetHashCode() => Id;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    // Built on first use: most nodes of a big graph never appear in a message or report.
    private (string ShortName, string FullName) BuildDisplayNames()
    {
        bool isOtherModuleInitializer = DeclaringType.FullName == DisplayNames.ModuleTypeName && Name == DisplayNames.StaticConstructorName;
        var names = DisplayNames.ForMethod(DeclaringType, Name, isOtherModuleInitializer ? Assembly.Name : null);
        (_shortName, _fullName) = names;
        return names;
    }
}
