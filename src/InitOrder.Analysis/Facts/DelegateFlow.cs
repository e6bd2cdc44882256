using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Reflection;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Where the analysed assembly's delegates go through its static delegate fields, so that an invocation of a delegate read
/// from a field reaches only what was stored there (see Reachability/DelegateRule). A delegate the assembly creates is
/// <em>pooled</em> (any invocation of a compatible type elsewhere may invoke it, the rule before this one) unless every use
/// the method shows keeps it in reach: invoked on the spot, kept in a local, null-checked, or stored into a tracked field
/// whose reads all stay in reach too. An invocation of a delegate read only from tracked fields and the method's own
/// creations reaches what was stored into those fields, and the pool where a field was also given something unknown.
/// <para>
/// Tracked: a static field of a delegate type declared in the analysed assembly, never addressed (<c>ldsflda</c>: an
/// event's accessors, <c>Interlocked</c>, <c>ref</c>). Every other delegate, and every delegate of an assembly that
/// reads fields by reflection (<c>FieldInfo.GetValue</c>) or declares an <c>[UnsafeAccessor]</c>, is pooled, and every
/// invocation it cannot follow reaches the pool: that is the rule without this file. That framework code does not read
/// the app's static delegate fields by reflection on its own is an assumption, stated in eng/soundness.md.
/// </para>
/// <para>
/// Every method of the assembly is read once, reached or not, without recording the read for Reuse: a store or an
/// escape in a method the verification never reached only widens what a field holds or what is pooled, and a reached
/// method's body is recorded by its own scan.
/// </para>
/// </summary>
internal sealed class DelegateFlow
{
    private readonly FactStore _store;
    private readonly LoadedAssembly _assembly;
    private readonly bool _allPooled;
    private readonly Dictionary<int, FieldContents> _fields = new();
    private readonly List<(MethodNode Method, MethodBodyBlock Body, List<(ILOpCode Code, int Field)> Touched)> _methods = new();

    // Methods whose flow was read (creations elsewhere are pooled, reads elsewhere unknown), and what it found.
    private readonly HashSet<int> _followed = new();
    private readonly HashSet<(int Method, int Offset)> _pooledCreations = new();
    private readonly Dictionary<(int Method, int Offset), DelegateReads?> _reads = new();

    private DelegateFlow(FactStore store, LoadedAssembly assembly, bool allPooled)
    {
        _store = store;
        _assembly = assembly;
        _allPooled = allPooled;
    }

    /// <summary>Whether the delegate created at <paramref name="ldftnOffset"/> in <paramref name="site"/> may be invoked through any compatible invocation.</summary>
    public bool IsPooled(MethodNode site, int ldftnOffset) =>
        _allPooled || site.Assembly != _assembly || !_followed.Contains(Row(site)) || _pooledCreations.Contains((Row(site), ldftnOffset));

    /// <summary>Where the delegate invoked at <paramref name="offset"/> in <paramref name="site"/> may come from; null when not known.</summary>
    public DelegateReads? ReadsAt(MethodNode site, int offset) =>
        _allPooled || site.Assembly != _assembly || !_reads.TryGetValue((Row(site), offset), out var sources) ? null : sources;

    /// <summary>
    /// Whether an invocation in <paramref name="invokingSite"/> that reads <paramref name="reads"/> may invoke the delegate created
    /// at <paramref name="ldftnOffset"/> in <paramref name="creationSite"/>, pooled as <paramref name="pooled"/> says.
    /// </summary>
    public bool MayHold(MethodNode invokingSite, DelegateReads reads, MethodNode creationSite, int ldftnOffset, bool pooled)
    {
        if (creationSite == invokingSite && reads.Creations.Contains(ldftnOffset))
        {
            return true;
        }

        var created = (Row(creationSite), ldftnOffset);
        foreach (var row in reads.Fields)
        {
            if (_fields[row] is var field && (creationSite.Assembly == _assembly && field.Holds.Contains(created) || field.HoldsUnknown && pooled))
            {
                return true;
            }
        }

        return false;
    }

    private static int Row(MethodNode method) => MetadataTokens.GetRowNumber(method.Handle);

    public static DelegateFlow Read(FactStore store, LoadedAssembly assembly)
    {
        try
        {
            if (ReachesFieldsUnseen(assembly.Reader))
            {
                return new DelegateFlow(store, assembly, allPooled: true);
            }

            var flow = new DelegateFlow(store, assembly, allPooled: false);
            flow.DeclareFields();
            foreach (var method in assembly.Reader.MethodDefinitions)
            {
                flow.FindTouches(store.Node(assembly, method));
            }

            flow.Follow();
            return flow;
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidOperationException || e is IndexOutOfRangeException)
        {
            return new DelegateFlow(store, assembly, allPooled: true);
        }
    }

    private void DeclareFields()
    {
        var reader = _assembly.Reader;
        foreach (var handle in reader.FieldDefinitions)
        {
            var field = reader.GetFieldDefinition(handle);
            if ((field.Attributes & FieldAttributes.Static) != 0 && (field.Attributes & FieldAttributes.Literal) == 0 &&
                field.DecodeSignature(_assembly.Names.Provider, null) is { Definition: { } type } && _store.HandOffs.IsDelegate(type))
            {
                _fields[MetadataTokens.GetRowNumber(handle)] = new FieldContents();
            }
        }
    }

    private int? TrackedRow(int token)
    {
        if (token >>> 24 != (int)TableIndex.Field)
        {
            return null;
        }

        int row = token & 0xFFFFFF;
        return _fields.TryGetValue(row, out var field) && !field.Addressed ? row : null;
    }

    /// <summary>Which tracked fields a method touches, and whether it makes or invokes delegates at all: most methods do not.</summary>
    private void FindTouches(MethodNode method)
    {
        if (_assembly.PeekBody(method.Handle) is not { } body)
        {
            return;
        }

        bool relevant = false;
        var touched = new List<(ILOpCode, int)>();
        foreach (var instruction in ILDecoder.Read(body.GetILReader()))
        {
            relevant |= instruction.OpCode == ILOpCode.Ldftn || instruction.OpCode is ILOpCode.Callvirt or ILOpCode.Call && IsInvoke(instruction.Token);
            if (instruction.OpCode is ILOpCode.Ldsfld or ILOpCode.Stsfld or ILOpCode.Ldsflda && instruction.Token >>> 24 == (int)TableIndex.Field &&
                _fields.TryGetValue(instruction.Token & 0xFFFFFF, out var field))
            {
                relevant = true;
                touched.Add((instruction.OpCode, instruction.Token & 0xFFFFFF));
                if (instruction.OpCode == ILOpCode.Ldsflda)
                {
                    // Written and read through a reference the model does not follow.
                    field.Addressed = true;
                }
            }
        }

        if (!relevant)
        {
            return;
        }

        _methods.Add((method, body, touched));
    }

    private bool IsInvoke(int token)
    {
        if (token >>> 24 != (int)TableIndex.MemberRef && token >>> 24 != (int)TableIndex.MethodDef)
        {
            return false;
        }

        var member = _assembly.Members.Get(MetadataTokens.EntityHandle(token));
        return member.Name is "Invoke" or "BeginInvoke" && member.Owner?.Definition is { } owner && _store.HandOffs.IsDelegate(owner);
    }

    /// <summary>Reads each method's flow (once every addressed field is known), then what each field holds.</summary>
    private void Follow()
    {
        var transfers = new List<(int From, int To)>();
        foreach (var (method, body, touched) in _methods)
        {
            int row = Row(method);
            var values = StackValues.ReadDelegates(_store, method, body, TrackedRow);
            if (values is null)
            {
                // Nothing certain: its creations stay pooled (the default), its reads unknown, and the fields it touches open.
                foreach (var (code, field) in touched)
                {
                    if (code == ILOpCode.Stsfld)
                    {
                        _fields[field].HoldsUnknown = true;
                    }
                    else
                    {
                        _fields[field].Escapes = true;
                    }
                }

                continue;
            }

            _followed.Add(row);
            foreach (var source in values.Escaped)
            {
                var (fields, creations) = Split(source);
                fields.ForEach(field => _fields[field].Escapes = true);
                creations.ForEach(offset => _pooledCreations.Add((row, offset)));
            }

            foreach (var read in values.Reads)
            {
                if (read.Value is null)
                {
                    _reads[(row, read.Key)] = null;
                    continue;
                }

                var (fields, creations) = Split(read.Value);
                _reads[(row, read.Key)] = new DelegateReads(fields, creations);
            }

            foreach (var (field, sources) in values.Stores)
            {
                if (sources is null)
                {
                    _fields[field].HoldsUnknown = true;
                    continue;
                }

                var (fromFields, creations) = Split(sources);
                fromFields.ForEach(from => transfers.Add((from, field)));
                creations.ForEach(offset => _fields[field].Holds.Add((row, offset)));
            }
        }

        foreach (var field in _fields.Values)
        {
            if (field.Addressed)
            {
                field.Escapes = true;
                field.HoldsUnknown = true;
            }
        }

        // What a field holds flows into the fields it is copied to, until nothing changes; then an escaped field's contents are pooled.
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (from, to) in transfers)
            {
                var source = _fields[from];
                var target = _fields[to];
                int before = target.Holds.Count;
                target.Holds.UnionWith(source.Holds);
                changed |= target.Holds.Count != before || source.HoldsUnknown && !target.HoldsUnknown;
                target.HoldsUnknown |= source.HoldsUnknown;
                changed |= target.Escapes && !source.Escapes;
                source.Escapes |= target.Escapes;
            }
        }

        foreach (var field in _fields.Values)
        {
            if (field.Escapes)
            {
                _pooledCreations.UnionWith(field.Holds);
            }
        }
    }

    private static (List<int> Fields, List<int> Creations) Split(string sources)
    {
        var fields = new List<int>();
        var creations = new List<int>();
        DelegateSources.Split(sources, fields, creations);
        return (fields, creations);
    }

    /// <summary>
    /// Whether the assembly can read or write a static field by a route its IL does not show: <c>FieldInfo</c>'s
    /// accessors, <c>Type.InvokeMember</c>, an expression tree's field access, an <c>[UnsafeAccessor]</c>.
    /// </summary>
    private static bool ReachesFieldsUnseen(MetadataReader reader)
    {
        foreach (var handle in reader.MemberReferences)
        {
            var reference = reader.GetMemberReference(handle);
            if (reference.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var parent = reader.GetTypeReference((TypeReferenceHandle)reference.Parent);
            string owner = reader.GetString(parent.Name);
            string name = reader.GetString(reference.Name);
            if (owner == "FieldInfo" && name is "GetValue" or "GetValueDirect" or "SetValue" or "SetValueDirect" ||
                owner == "Type" && name == "InvokeMember" ||
                owner == "Expression" && name is "Field" or "PropertyOrField" or "MakeMemberAccess")
            {
                return true;
            }
        }

        foreach (var handle in reader.TypeReferences)
        {
            if (reader.StringComparer.Equals(reader.GetTypeReference(handle).Name, "UnsafeAccessorAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class FieldContents
    {
        public HashSet<(int Method, int Offset)> Holds { get; } = new();

        public bool HoldsUnknown { get; set; }

        public bool Escapes { get; set; }

        public bool Addressed { get; set; }
    }
}
