using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using InitOrder.Analysis.IL;
using InitOrder.Analysis.Loading;
using InitOrder.Analysis.Metadata;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// The type arguments the analysed assembly binds to each type parameter of its own non-virtual generic methods: the
/// instantiations its IL names (<c>call TextOf&lt;Invoice&gt;</c>, <c>ldftn</c>, <c>ldtoken</c>), and through a caller's
/// own type parameter (<c>TextOf&lt;U&gt;</c> inside <c>Log&lt;U&gt;</c>) whatever that one is bound to. A constrained call
/// on such a parameter (<c>value.ToString()</c> in <c>TextOf&lt;T&gt;(T value)</c>) runs what those types run, not every
/// live override (see <see cref="MethodFactsBuilder"/>). The JIT compiles the method once per value-type argument and
/// resolves the call the same way.
/// <para>
/// Nothing else can name such a method with other arguments: no library references the analysed assembly, and a virtual
/// generic method (which callers reach through the method it overrides) is not known here. What reflection could do
/// is closed off where the assembly shows it: <c>MakeGenericMethod</c>, <c>Expression.Call</c> with type arguments, or
/// <c>dynamic</c> (the runtime binder infers type arguments) anywhere in the assembly leaves every parameter unknown,
/// and so does a generic method named open by <c>ldtoken</c>. That framework code does not close the assembly's generic
/// methods by reflection on its own is an assumption, stated in eng/soundness.md.
/// </para>
/// <para>
/// Every body is read, reached or not, and without recording the read for <see cref="Reuse"/>: a binding from a method
/// the verification never reached only widens a set, and a reached caller's body is read (and recorded) by its own scan.
/// </para>
/// </summary>
internal sealed class GenericMethodBindings
{
    private readonly Dictionary<(int Method, int Index), Binding> _bindings = new();
    private readonly bool _allUnknown;

    private GenericMethodBindings(bool allUnknown)
    {
        _allUnknown = allUnknown;
    }

    /// <summary>
    /// The type arguments bound to type parameter <paramref name="index"/> of <paramref name="method"/>, a method of the
    /// assembly these bindings were read from; null when they are not all known or none is.
    /// </summary>
    public IReadOnlyList<DecodedType>? Of(MethodDefinitionHandle method, int index) =>
        !_allUnknown && _bindings.TryGetValue((MetadataTokens.GetRowNumber(method), index), out var binding) && !binding.Unknown && binding.Types.Count > 0
            ? binding.Types
            : null;

    public static GenericMethodBindings Read(ResolutionContext context, LoadedAssembly assembly)
    {
        try
        {
            if (ClosesGenericMethodsAtRunTime(assembly))
            {
                return new GenericMethodBindings(allUnknown: true);
            }

            var bindings = new GenericMethodBindings(allUnknown: false);
            bindings.Declare(assembly.Reader);
            foreach (var caller in assembly.Reader.MethodDefinitions)
            {
                bindings.ReadInstantiations(context, assembly, caller);
            }

            bindings.Close();
            return bindings;
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidOperationException || e is IndexOutOfRangeException)
        {
            return new GenericMethodBindings(allUnknown: true);
        }
    }

    /// <summary>Every generic method: known and empty, except a virtual one, which callers reach through another method.</summary>
    private void Declare(MetadataReader reader)
    {
        foreach (var handle in reader.MethodDefinitions)
        {
            var definition = reader.GetMethodDefinition(handle);
            int count = definition.GetGenericParameters().Count;
            bool isVirtual = (definition.Attributes & MethodAttributes.Virtual) != 0;
            for (int index = 0; index < count; index++)
            {
                _bindings[(MetadataTokens.GetRowNumber(handle), index)] = new Binding { Unknown = isVirtual };
            }
        }
    }

    private void ReadInstantiations(ResolutionContext context, LoadedAssembly assembly, MethodDefinitionHandle caller)
    {
        if (assembly.PeekBody(caller) is not { } body)
        {
            return;
        }

        foreach (var instruction in ILDecoder.Read(body.GetILReader()))
        {
            // The token's table is its high byte; ldstr's user strings are no entity.
            int table = instruction.Token >>> 24;
            if (table == (int)TableIndex.MethodSpec)
            {
                Bind(context, assembly, caller, instruction.TokenHandle);
            }
            else if (table == (int)TableIndex.MethodDef && instruction.OpCode == ILOpCode.Ldtoken)
            {
                // The open definition as a RuntimeMethodHandle: reflection can close it with anything.
                MarkUnknown((MethodDefinitionHandle)instruction.TokenHandle);
            }
        }
    }

    private void Bind(ResolutionContext context, LoadedAssembly assembly, MethodDefinitionHandle caller, EntityHandle specification)
    {
        var token = assembly.Members.Get(specification);
        if (context.Members.ResolveMethod(assembly, token) is not { } callee || callee.DeclaringType.Assembly != assembly)
        {
            return;
        }

        int calleeRow = MetadataTokens.GetRowNumber(callee.Handle);
        for (int index = 0; index < token.MethodArguments.Count; index++)
        {
            if (!_bindings.TryGetValue((calleeRow, index), out var binding))
            {
                continue;
            }

            var argument = token.MethodArguments[index];
            if (GenericParameterReference.Parse(argument.Text) is not { } parameter)
            {
                binding.Add(argument);
            }
            else if (parameter.OfMethod && _bindings.TryGetValue((MetadataTokens.GetRowNumber(caller), parameter.Index), out var source))
            {
                source.Into.Add(binding);
            }
            else
            {
                // A type parameter of the caller's class (not followed here), or a parameter the caller does not have.
                binding.Unknown = true;
            }
        }
    }

    private void MarkUnknown(MethodDefinitionHandle method)
    {
        int row = MetadataTokens.GetRowNumber(method);
        for (int index = 0; _bindings.TryGetValue((row, index), out var binding); index++)
        {
            binding.Unknown = true;
        }
    }

    /// <summary>Each caller's parameter passes on what it is bound to, until nothing changes.</summary>
    private void Close()
    {
        var pending = new Queue<Binding>(_bindings.Values);
        while (pending.Count > 0)
        {
            var source = pending.Dequeue();
            foreach (var target in source.Into)
            {
                if (target.Absorb(source))
                {
                    pending.Enqueue(target);
                }
            }
        }
    }

    /// <summary>Whether the assembly can close a generic method with type arguments its IL does not name.</summary>
    private static bool ClosesGenericMethodsAtRunTime(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.AssemblyReferences)
        {
            if (reader.StringComparer.Equals(reader.GetAssemblyReference(handle).Name, "Microsoft.CSharp"))
            {
                return true;
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var reference = reader.GetMemberReference(handle);
            if (reader.StringComparer.Equals(reference.Name, "MakeGenericMethod") ||
                reader.StringComparer.Equals(reference.Name, "Call") && ParentIs(reader, reference.Parent, "System.Linq.Expressions", "Expression"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ParentIs(MetadataReader reader, EntityHandle parent, string ns, string name)
    {
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Namespace, ns) && reader.StringComparer.Equals(type.Name, name);
    }

    private sealed class Binding
    {
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

        public List<DecodedType> Types { get; } = new();

        public bool Unknown { get; set; }

        /// <summary>The bindings of callees that this parameter is passed on to.</summary>
        public List<Binding> Into { get; } = new();

        public void Add(DecodedType type)
        {
            if (_texts.Add(type.Text))
            {
                Types.Add(type);
            }
        }

        /// <summary>Takes in what <paramref name="source"/> is bound to; true when that changed anything.</summary>
        public bool Absorb(Binding source)
        {
            bool changed = false;
            if (source.Unknown && !Unknown)
            {
                Unknown = true;
                changed = true;
            }

            foreach (var type in source.Types)
            {
                if (_texts.Add(type.Text))
                {
                    Types.Add(type);
                    changed = true;
                }
            }

            return changed;
        }
    }
}
