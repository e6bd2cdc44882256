using System;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace InitOrder.Benchmarks;

/// <summary>
/// Writes a <see cref="SyntheticShape"/> as a real assembly with a portable PDB (one sequence point per
/// method), straight through System.Reflection.Metadata: compiling 200k methods of C# would take
/// minutes, emitting them takes seconds. The IL is never run, only read.
/// </summary>
internal sealed class SyntheticAssemblyWriter
{
    private static readonly Guid s_csharpLanguage = new("3F5162F8-07C6-11D3-9053-00C04FA302A1");

    private readonly SyntheticShape _shape;
    private readonly MetadataBuilder _metadata = new();
    private readonly MetadataBuilder _pdb = new();
    private readonly BlobBuilder _ilStream = new();
    private readonly MethodBodyStreamEncoder _bodies;
    private readonly BlobBuilder _code = new();
    private BlobHandle _staticVoid;
    private BlobHandle _instanceVoid;
    private MemberReferenceHandle _objectConstructor;

    private SyntheticAssemblyWriter(SyntheticShape shape)
    {
        _shape = shape;
        _bodies = new MethodBodyStreamEncoder(_ilStream);
    }

    /// <returns>The path of the written assembly; its PDB is beside it.</returns>
    public static string Write(SyntheticShape shape, string folder)
    {
        Directory.CreateDirectory(folder);
        return new SyntheticAssemblyWriter(shape).WriteFiles(folder);
    }

    private string WriteFiles(string folder)
    {
        var objectType = DeclareAssembly();
        AddFamilies(objectType);
        AddTypes();

        var pdbBuilder = new PortablePdbBuilder(_pdb, _metadata.GetRowCounts(), entryPoint: default);
        var pdbBlob = new BlobBuilder();
        var pdbId = pdbBuilder.Serialize(pdbBlob);
        string pdbPath = Path.Combine(folder, _shape.Name + ".pdb");
        using (var pdbFile = File.Create(pdbPath))
        {
            pdbBlob.WriteContentTo(pdbFile);
        }

        var debugDirectory = new DebugDirectoryBuilder();
        debugDirectory.AddCodeViewEntry(Path.GetFileName(pdbPath), pdbId, pdbBuilder.FormatVersion);
        var pe = new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(_metadata), _ilStream, debugDirectoryBuilder: debugDirectory);
        var peBlob = new BlobBuilder();
        pe.Serialize(peBlob);
        string path = Path.Combine(folder, _shape.Name + ".dll");
        using (var peFile = File.Create(path))
        {
            peBlob.WriteContentTo(peFile);
        }

        return path;
    }

    private TypeReferenceHandle DeclareAssembly()
    {
        _metadata.AddModule(0, _metadata.GetOrAddString(_shape.Name + ".dll"), _metadata.GetOrAddGuid(new Guid(_shape.Scale, 0, 0, new byte[8])), default, default);
        _metadata.AddAssembly(_metadata.GetOrAddString(_shape.Name), new Version(1, 0, 0, 0), default, default, 0, AssemblyHashAlgorithm.Sha1);
        var runtime = _metadata.AddAssemblyReference(
            _metadata.GetOrAddString("System.Runtime"), new Version(8, 0, 0, 0), default,
            _metadata.GetOrAddBlob(new byte[] { 0xB0, 0x3F, 0x5F, 0x7F, 0x11, 0xD5, 0x0A, 0x3A }), 0, default);
        var objectType = _metadata.AddTypeReference(runtime, _metadata.GetOrAddString("System"), _metadata.GetOrAddString("Object"));
        _staticVoid = Signature(isInstance: false);
        _instanceVoid = Signature(isInstance: true);
        _objectConstructor = _metadata.AddMemberReference(objectType, _metadata.GetOrAddString(".ctor"), _instanceVoid);
        _metadata.AddTypeDefinition(default, default, _metadata.GetOrAddString("<Module>"), default, MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        return objectType;
    }

    private void AddFamilies(TypeReferenceHandle objectType)
    {
        var document = Document("Base.cs");
        for (int family = 0; family < _shape.Families; family++)
        {
            var firstMethod = BaseConstructor(family);
            AddMethod(MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
                ".ctor", _instanceVoid, document, 2 * family + 1, il =>
                {
                    il.OpCode(ILOpCode.Ldarg_0);
                    il.Call(_objectConstructor);
                });
            AddMethod(MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.NewSlot | MethodAttributes.HideBySig,
                "V", _instanceVoid, document, 2 * family + 2, _ => { });
            _metadata.AddTypeDefinition(TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.BeforeFieldInit,
                _metadata.GetOrAddString("Synthetic"), _metadata.GetOrAddString("Base" + family), objectType,
                MetadataTokens.FieldDefinitionHandle(1), firstMethod);
        }
    }

    private void AddTypes()
    {
        int types = _shape.Types;
        int last = _shape.ChainMethods - 1;
        for (int type = 0; type < types; type++)
        {
            int next = (type + 1) % types;
            var document = Document("Type" + type + ".cs");
            var field = _metadata.AddFieldDefinition(FieldAttributes.Public | FieldAttributes.Static, _metadata.GetOrAddString("F"), Int32FieldSignature());

            int line = 1;
            AddMethod(MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
                ".cctor", _staticVoid, document, line++, il =>
                {
                    il.OpCode(ILOpCode.Ldsfld);
                    il.Token(Field(next));
                    il.OpCode(ILOpCode.Stsfld);
                    il.Token(field);
                    il.Call(Chain(type, 0));
                });
            AddMethod(MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
                ".ctor", _instanceVoid, document, line++, il =>
                {
                    il.OpCode(ILOpCode.Ldarg_0);
                    il.Call(BaseConstructor(type / SyntheticShape.FamilySize));
                });
            AddMethod(MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig,
                "V", _instanceVoid, document, line++, il =>
                {
                    il.OpCode(ILOpCode.Ldsfld);
                    il.Token(field);
                    il.OpCode(ILOpCode.Pop);
                    il.Call(Chain(type, last));
                });

            for (int index = 0; index < _shape.ChainMethods; index++)
            {
                int method = index;
                AddMethod(MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
                    "M" + method, _staticVoid, document, line++, il => ChainBody(il, type, method));
            }

            _metadata.AddTypeDefinition(TypeAttributes.Public | TypeAttributes.BeforeFieldInit,
                _metadata.GetOrAddString("Synthetic"), _metadata.GetOrAddString("Type" + type),
                MetadataTokens.TypeDefinitionHandle(2 + type / SyntheticShape.FamilySize), field, TypeConstructor(type));
        }
    }

    private void ChainBody(InstructionEncoder il, int type, int method)
    {
        int types = _shape.Types;
        il.Call(method < _shape.ChainMethods - 1 ? Chain(type, method + 1) : Chain((type + 1) % types, 0));
        if (method == 0)
        {
            for (int i = 0; i < SyntheticShape.FanOut; i++)
            {
                il.Call(Chain((type + 1 + i * 37) % types, _shape.ChainMethods / 2));
            }
        }
        else if (method == 10)
        {
            il.OpCode(ILOpCode.Newobj);
            il.Token(TypeInstanceConstructor(type));
            il.OpCode(ILOpCode.Callvirt);
            il.Token(MetadataTokens.MethodDefinitionHandle(2 * (type / SyntheticShape.FamilySize) + 2));
        }
        else if (method == 20)
        {
            for (int i = 0; i < SyntheticShape.StaticReads; i++)
            {
                il.OpCode(ILOpCode.Ldsfld);
                il.Token(Field((type + 1 + i * 13) % types));
                il.OpCode(ILOpCode.Pop);
            }
        }
    }

    private void AddMethod(MethodAttributes attributes, string name, BlobHandle signature, DocumentHandle document, int line, Action<InstructionEncoder> body)
    {
        int offset = -1;
        if ((attributes & MethodAttributes.Abstract) == 0)
        {
            _code.Clear();
            var il = new InstructionEncoder(_code);
            body(il);
            il.OpCode(ILOpCode.Ret);
            offset = _bodies.AddMethodBody(il, maxStack: 8);
        }

        _metadata.AddMethodDefinition(attributes, MethodImplAttributes.IL, _metadata.GetOrAddString(name), signature, offset, MetadataTokens.ParameterHandle(1));
        _pdb.AddMethodDebugInformation(document, SequencePoint(line));
    }

    // Row numbers follow from the shape: base classes' two methods each, then each type's .cctor, .ctor, V, M0...
    private MethodDefinitionHandle BaseConstructor(int family) => MetadataTokens.MethodDefinitionHandle(2 * family + 1);

    private MethodDefinitionHandle TypeConstructor(int type) => MetadataTokens.MethodDefinitionHandle(2 * _shape.Families + type * _shape.MethodsPerType + 1);

    private MethodDefinitionHandle TypeInstanceConstructor(int type) => MetadataTokens.MethodDefinitionHandle(2 * _shape.Families + type * _shape.MethodsPerType + 2);

    private MethodDefinitionHandle Chain(int type, int method) => MetadataTokens.MethodDefinitionHandle(2 * _shape.Families + type * _shape.MethodsPerType + 4 + method);

    private static FieldDefinitionHandle Field(int type) => MetadataTokens.FieldDefinitionHandle(type + 1);

    private BlobHandle Signature(bool isInstance)
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).MethodSignature(isInstanceMethod: isInstance).Parameters(0, returnType => returnType.Void(), _ => { });
        return _metadata.GetOrAddBlob(blob);
    }

    private BlobHandle Int32FieldSignature()
    {
        var blob = new BlobBuilder();
        new BlobEncoder(blob).FieldSignature().Int32();
        return _metadata.GetOrAddBlob(blob);
    }

    private DocumentHandle Document(string name) =>
        _pdb.AddDocument(_pdb.GetOrAddDocumentName("/synthetic/" + name), default, default, _pdb.GetOrAddGuid(s_csharpLanguage));

    /// <summary>One sequence point at IL offset 0 (the portable PDB encoding: no local signature, then offset, size, start).</summary>
    private BlobHandle SequencePoint(int line)
    {
        var blob = new BlobBuilder();
        blob.WriteCompressedInteger(0);
        blob.WriteCompressedInteger(0);
        blob.WriteCompressedInteger(0);
        blob.WriteCompressedInteger(12);
        blob.WriteCompressedInteger(line);
        blob.WriteCompressedInteger(9);
        return _pdb.GetOrAddBlob(blob);
    }
}
