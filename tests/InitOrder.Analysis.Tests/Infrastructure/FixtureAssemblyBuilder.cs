using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// Writes an assembly with System.Reflection.Metadata's encoders instead of the compiler, for fixtures
/// C# cannot express or would take too long to compile: 100,000-method chains, megabyte bodies, broken IL,
/// names with quotes and backslashes. It has the shape InitOrder's generator emits (see the contract):
/// <c>&lt;Module&gt;..cctor</c> calls the <see cref="EarlyInitializers"/> and then
/// <c>InitOrder.Generated.InitOrderBootstrap.Initialize</c>, which calls <c>InitOrder.InitPatches.ApplyAll</c>,
/// which calls <c>Patch0</c>, which calls <see cref="Patch"/>, carrying <c>[InitPatch(typeof(Target))]</c>.
/// No PDB is written.
/// </summary>
internal sealed class FixtureAssemblyBuilder
{
    private static readonly Guid s_moduleId = new("6f0c1b2a-4d5e-4f60-8a9b-0c1d2e3f4a5b");

    private readonly string _name;
    private readonly FixtureType _moduleType = new("", "<Module>");
    private readonly FixtureType _attributeType = new("InitOrder", "InitPatchAttribute");
    private readonly FixtureType _patchesType = new("InitOrder", "InitPatches");
    private readonly FixtureType _bootstrapType = new("InitOrder.Generated", "InitOrderBootstrap");
    private readonly List<FixtureType> _userTypes = new();

    public FixtureAssemblyBuilder(string name, string @namespace = "Sample", string targetName = "Target", string patchTypeName = "Patches", string patchMethodName = "PatchTarget")
    {
        _name = name;
        Target = Type(@namespace, targetName);
        TargetValue = Target.Field("Value");
        TargetTouch = Target.Method("Touch", il => il.Ret());
        Patch = Type(@namespace, patchTypeName).Method(patchMethodName, il => il.Ret());
        EarlyInit = Type(@namespace, "Early").Method("Init", il => il.Ret());
        EarlyInitializers.Add(EarlyInit);
    }

    /// <summary>The patched type: a static field <c>Value</c> and a method <c>Touch()</c>.</summary>
    public FixtureType Target { get; }

    public FixtureField TargetValue { get; }

    public FixtureMethod TargetTouch { get; }

    /// <summary>The method carrying <c>[InitPatch(typeof(Target))]</c>.</summary>
    public FixtureMethod Patch { get; }

    /// <summary><c>Sample.Early.Init()</c>, the default earlier module initializer (its body is <c>ret</c> until replaced).</summary>
    public FixtureMethod EarlyInit { get; }

    /// <summary>What <c>&lt;Module&gt;..cctor</c> calls before InitOrder's initializer, in order.</summary>
    public List<FixtureMethod> EarlyInitializers { get; } = new();

    /// <summary>
    /// Raw code put in front of the body of a generated method the verifier reads to find the patches
    /// (<c>.cctor</c> of &lt;Module&gt;, <c>ApplyAll</c>, <c>Patch0</c>), by method name.
    /// </summary>
    public Dictionary<string, byte[]> GeneratedCodePrefixes { get; } = new();

    /// <summary>Adds a static class; types are written in the order they are added.</summary>
    public FixtureType Type(string @namespace, string name)
    {
        var type = new FixtureType(@namespace, name);
        _userTypes.Add(type);
        return type;
    }

    /// <summary>Writes <c>bin/Name.dll</c> in a fresh project folder.</summary>
    public CompiledAssembly Emit()
    {
        string projectDirectory = TestFolders.NewFolder(SafeFolderHint());
        string folder = Path.Combine(projectDirectory, "bin");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, _name + ".dll");
        File.WriteAllBytes(path, Build());
        return new CompiledAssembly(_name, path, null, projectDirectory, Array.Empty<CompiledAssembly>());
    }

    /// <summary>The image bytes.</summary>
    public byte[] Build()
    {
        DefineInitOrderShape();
        var types = new List<FixtureType> { _moduleType, _attributeType, _patchesType, _bootstrapType };
        types.AddRange(_userTypes);
        var rows = new FixtureRowPlan(types);

        var metadata = new MetadataBuilder();
        var il = new BlobBuilder();
        var runtime = metadata.AddAssemblyReference(
            metadata.GetOrAddString("System.Runtime"), new Version(8, 0, 0, 0), default,
            metadata.GetOrAddBlob(new byte[] { 0xB0, 0x3F, 0x5F, 0x7F, 0x11, 0xD5, 0x0A, 0x3A }), default, default);
        var objectType = FixtureSignatures.SystemType(metadata, runtime, "Object");
        var attributeBase = FixtureSignatures.SystemType(metadata, runtime, "Attribute");
        var systemType = FixtureSignatures.SystemType(metadata, runtime, "Type");

        metadata.AddModule(0, metadata.GetOrAddString(_name + ".dll"), metadata.GetOrAddGuid(s_moduleId), default, default);
        metadata.AddAssembly(metadata.GetOrAddString(_name), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.Sha1);

        var offsets = WriteBodies(il, rows);
        var staticVoid = metadata.GetOrAddBlob(FixtureSignatures.StaticVoid());
        var attributeConstructor = metadata.GetOrAddBlob(FixtureSignatures.AttributeConstructor(systemType));
        var intField = metadata.GetOrAddBlob(FixtureSignatures.IntField());

        foreach (var type in types)
        {
            var typeAttributes = type == _moduleType
                ? default
                : TypeAttributes.Public | TypeAttributes.Class | (type == _attributeType ? TypeAttributes.Sealed : TypeAttributes.Abstract | TypeAttributes.Sealed);
            var baseType = type == _moduleType ? default(EntityHandle) : type == _attributeType ? attributeBase : objectType;
            metadata.AddTypeDefinition(typeAttributes, metadata.GetOrAddString(type.Namespace), metadata.GetOrAddString(type.Name), baseType, rows.FirstField(type), rows.FirstMethod(type));
            foreach (var field in type.Fields)
            {
                metadata.AddFieldDefinition(FieldAttributes.Public | FieldAttributes.Static, metadata.GetOrAddString(field.Name), intField);
            }

            foreach (var method in type.Methods)
            {
                bool isConstructor = method.Name == ".ctor";
                var methodAttributes = MethodAttributes.HideBySig | (isConstructor || method.Name == ".cctor"
                    ? MethodAttributes.SpecialName | MethodAttributes.RTSpecialName | (isConstructor ? MethodAttributes.Public : MethodAttributes.Private | MethodAttributes.Static)
                    : MethodAttributes.Public | MethodAttributes.Static);
                metadata.AddMethodDefinition(methodAttributes, MethodImplAttributes.IL, metadata.GetOrAddString(method.Name),
                    isConstructor ? attributeConstructor : staticVoid, offsets[method], MetadataTokens.ParameterHandle(1));
            }
        }

        metadata.AddCustomAttribute(rows.Method(Patch), rows.Method(_attributeType.Methods[0]), metadata.GetOrAddBlob(FixtureSignatures.PatchAttributeValue(Target.FullName)));

        var image = new BlobBuilder();
        new ManagedPEBuilder(
            new PEHeaderBuilder(imageCharacteristics: Characteristics.Dll | Characteristics.ExecutableImage),
            new MetadataRootBuilder(metadata),
            il,
            flags: CorFlags.ILOnly,
            deterministicIdProvider: _ => new BlobContentId(s_moduleId, 0x494E4954)).Serialize(image);
        return image.ToArray();
    }

    private void DefineInitOrderShape()
    {
        if (_moduleType.Methods.Count > 0)
        {
            return;
        }

        _attributeType.Methods.Add(new FixtureMethod(_attributeType, ".ctor", il => il.Ret()));
        var patch0 = new FixtureMethod(_patchesType, "Patch0", il => il.Call(Patch).Ret());
        var applyAll = new FixtureMethod(_patchesType, "ApplyAll", il => il.Call(patch0).Ret());
        _patchesType.Methods.Add(applyAll);
        _patchesType.Methods.Add(patch0);
        var initialize = _bootstrapType.Method("Initialize", il => il.Call(applyAll).Ret());
        _moduleType.Method(".cctor", il =>
        {
            foreach (var early in EarlyInitializers)
            {
                il.Call(early);
            }

            il.Call(initialize).Ret();
        });

        foreach (var method in new[] { _moduleType, _patchesType, _bootstrapType }.SelectMany(t => t.Methods))
        {
            if (GeneratedCodePrefixes.TryGetValue(method.Name, out byte[]? prefix))
            {
                var body = method.Body;
                method.Body = il => body(il.Raw(prefix));
            }
        }
    }

    private static Dictionary<FixtureMethod, int> WriteBodies(BlobBuilder il, FixtureRowPlan rows)
    {
        var encoder = new MethodBodyStreamEncoder(il);
        var offsets = new Dictionary<FixtureMethod, int>();
        foreach (var method in rows.Methods)
        {
            if (method.BodyOffsetOverride is { } forced)
            {
                offsets.Add(method, forced);
            }
            else if (method.RawBodyWithHeader is { } raw)
            {
                il.Align(4);
                offsets.Add(method, il.Count);
                il.WriteBytes(raw);
            }
            else
            {
                var code = new InstructionEncoder(new BlobBuilder());
                method.Body(new FixtureIL(code, rows.Method, rows.Field));
                offsets.Add(method, encoder.AddMethodBody(code, maxStack: 8, localVariablesSignature: default, attributes: MethodBodyAttributes.None));
            }
        }

        return offsets;
    }

    /// <summary>Long or unusual assembly names make poor folder names.</summary>
    private string SafeFolderHint() => new(_name.Take(20).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
