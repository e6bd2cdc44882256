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
/// The type arguments the analysed assembly binds to the type parameters of its own generic types and non-virtual
/// generic methods: the instantiations its IL names (<c>call TextOf&lt;Invoice&gt;</c>, <c>ldftn</c>, <c>ldtoken</c>,
/// <c>Cache&lt;Invoice&gt;.Instance</c>, <c>newobj Box&lt;Invoice&gt;</c>, a base type <c>Base&lt;Invoice&gt;</c>, a type
/// argument <c>AddSingleton&lt;Repo&lt;Invoice&gt;&gt;</c> handed to a library), and through a caller's own type parameter
/// (<c>TextOf&lt;U&gt;</c> inside <c>Log&lt;U&gt;</c>, <c>Cache&lt;T&gt;</c> inside <c>Holder&lt;T&gt;</c>) whatever that one
/// is bound to. A constrained call on such a parameter (<c>value.ToString()</c> in <c>TextOf&lt;T&gt;(T value)</c>) runs
/// what those types run, not every live override (see <see cref="MethodFactsBuilder"/>), and <c>new T()</c> constructs
/// those types, not every live or mentioned one (<see cref="Reflection.ReflectionScan"/>). The JIT compiles generic
/// code once per value-type argument and resolves such calls the same way.
/// <para>
/// Nothing else can name them with other arguments: no library references the analysed assembly, and a virtual generic
/// method (which callers reach through the method it overrides) is not known here. What reflection could do is closed
/// off where the assembly shows it: <c>MakeGenericMethod</c>, <c>Expression.Call</c> with type arguments, or <c>dynamic</c>
/// (the runtime binder infers type arguments) anywhere in the assembly leaves every method parameter unknown;
/// <c>MakeGenericType</c> or <c>dynamic</c> leaves every type parameter unknown; a generic method or type named open by
/// <c>ldtoken</c> (<c>typeof(Repo&lt;&gt;)</c>, which a container closes with its own arguments) leaves its own unknown,
/// and so does an argument that is more than a type or a parameter (<c>List&lt;T&gt;</c>, <c>T[]</c>). That framework code
/// does not close the assembly's generic code by reflection on its own is an assumption, stated in eng/soundness.md.
/// </para>
/// <para>
/// Every body is read, reached or not, and without recording the read for <see cref="Reuse"/>: a binding from a method
/// the verification never reached only widens a set, and a reached caller's body is read (and recorded) by its own scan.
/// </para>
/// </summary>
internal sealed class GenericBindings
{
    private readonly Dictionary<(bool OfMethod, int Row, int Index), Binding> _bindings = new();
    private readonly bool _methodsUnknown;
    private readonly bool _typesUnknown;

    private GenericBindings(bool methodsUnknown, bool typesUnknown)
    {
        _methodsUnknown = methodsUnknown;
        _typesUnknown = typesUnknown;
    }

    /// <summary>
    /// The type arguments bound to type parameter <paramref name="index"/> of <paramref name="method"/>, a method of the
    /// assembly these bindings were read from; null when they are not all known or none is.
    /// </summary>
    public IReadOnlyList<DecodedType>? Of(MethodDefinitionHandle method, int index) =>
        _methodsUnknown ? null : Known((true, MetadataTokens.GetRowNumber(method), index));

    /// <summary>The type arguments bound to type parameter <paramref name="index"/> of <paramref name="type"/>; null when not all are known.</summary>
    public IReadOnlyList<DecodedType>? Of(TypeDefinitionHandle type, int index) =>
        _typesUnknown ? null : Known((false, MetadataTokens.GetRowNumber(type), index));

    /// <summary>What <paramref name="parameter"/> (<c>!!n</c> or <c>!n</c>) of <paramref name="method"/> or its type is bound to; null when not all are known.</summary>
    public IReadOnlyList<DecodedType>? Of(MethodNode method, GenericParameterReference parameter) =>
        parameter.OfMethod
            ? Of(method.Handle, parameter.Index)
            : Of(method.Assembly.Reader.GetMethodDefinition(method.Handle).GetDeclaringType(), parameter.Index);

    private IReadOnlyList<DecodedType>? Known((bool, int, int) key) =>
        _bindings.TryGetValue(key, out var binding) && !binding.Unknown && binding.Types.Count > 0 ? binding.Types : null;

    public static GenericBindings Read(ResolutionContext context, LoadedAssembly assembly)
    {
        try
        {
            var (methodsUnknown, typesUnknown) = ClosesGenericCodeAtRunTime(assembly);
            var bindings = new GenericBindings(methodsUnknown, typesUnknown);
            if (methodsUnknown && typesUnknown)
            {
                return bindings;
            }

            bindings.Declare(assembly.Reader);
            foreach (var caller in assembly.Reader.MethodDefinitions)
            {
                bindings.ReadInstantiations(context, assembly, caller);
            }

            foreach (var type in assembly.Reader.TypeDefinitions)
            {
                bindings.ReadBaseTypes(context, assembly, type);
            }

            bindings.Close();
            return bindings;
        }
        catch (Exception e) when (e is BadImageFormatException || e is ArgumentException || e is InvalidOperationException || e is IndexOutOfRangeException)
        {
            return new GenericBindings(methodsUnknown: true, typesUnknown: true);
        }
    }

    /// <summary>
    /// Every generic type and method: known and empty, except a virtual method, which callers reach through another
    /// method, and all of a kind the assembly can close at run time (what they pass on is unknown too).
    /// </summary>
    private void Declare(MetadataReader reader)
    {
        foreach (var handle in reader.MethodDefinitions)
        {
            var definition = reader.GetMethodDefinition(handle);
            int count = definition.GetGenericParameters().Count;
            bool isVirtual = (definition.Attributes & MethodAttributes.Virtual) != 0;
            for (int index = 0; index < count; index++)
            {
                _bindings[(true, MetadataTokens.GetRowNumber(handle), index)] = new Binding { Unknown = isVirtual || _methodsUnknown };
            }
        }

        foreach (var handle in reader.TypeDefinitions)
        {
            int count = reader.GetTypeDefinition(handle).GetGenericParameters().Count;
            for (int index = 0; index < count; index++)
            {
                _bindings[(false, MetadataTokens.GetRowNumber(handle), index)] = new Binding { Unknown = _typesUnknown };
            }
        }
    }

    private void ReadInstantiations(ResolutionContext context, LoadedAssembly assembly, MethodDefinitionHandle caller)
    {
        if (assembly.PeekBody(caller) is not { } body)
        {
            return;
        }

        var callerContext = new Context(MetadataTokens.GetRowNumber(caller), MetadataTokens.GetRowNumber(assembly.Reader.GetMethodDefinition(caller).GetDeclaringType()));
        foreach (var instruction in ILDecoder.Read(body.GetILReader()))
        {
            // The token's table is its high byte; ldstr's user strings are no entity.
            switch ((TableIndex)(instruction.Token >>> 24))
            {
                case TableIndex.MethodSpec:
                    BindMethod(context, assembly, callerContext, instruction.TokenHandle);
                    break;
                case TableIndex.MemberRef when assembly.Reader.GetMemberReference((MemberReferenceHandle)instruction.TokenHandle).Parent is
                    { Kind: HandleKind.TypeSpecification } owner:
                    // Only an instantiated owner (Cache<Invoice>.Instance) binds anything; a plain type reference is the common case.
                    BindType(context, assembly, callerContext, assembly.Names.Decode(owner));
                    break;
                case TableIndex.TypeSpec:
                    BindType(context, assembly, callerContext, assembly.Names.Decode(instruction.TokenHandle));
                    break;
                case TableIndex.MethodDef when instruction.OpCode == ILOpCode.Ldtoken:
                    // The open definition as a RuntimeMethodHandle: reflection can close it with anything.
                    MarkUnknown(true, MetadataTokens.GetRowNumber(instruction.TokenHandle));
                    break;
                case TableIndex.TypeDef when instruction.OpCode == ILOpCode.Ldtoken:
                    // typeof(Repo<>): a container, or MakeGenericType elsewhere, closes it with anything.
                    MarkUnknown(false, MetadataTokens.GetRowNumber(instruction.TokenHandle));
                    break;
            }
        }
    }

    /// <summary><c>class Circle : Shape&lt;Invoice&gt;</c>: the base type's code runs for Circle objects with those arguments.</summary>
    private void ReadBaseTypes(ResolutionContext context, LoadedAssembly assembly, TypeDefinitionHandle handle)
    {
        var reader = assembly.Reader;
        var definition = reader.GetTypeDefinition(handle);
        var typeContext = new Context(MethodRow: 0, TypeRow: MetadataTokens.GetRowNumber(handle));
        if (definition.BaseType.Kind == HandleKind.TypeSpecification)
        {
            BindType(context, assembly, typeContext, assembly.Names.Decode(definition.BaseType));
        }

        foreach (var implementation in definition.GetInterfaceImplementations())
        {
            var implemented = reader.GetInterfaceImplementation(implementation).Interface;
            if (implemented.Kind == HandleKind.TypeSpecification)
            {
                BindType(context, assembly, typeContext, assembly.Names.Decode(implemented));
            }
        }
    }

    private void BindMethod(ResolutionContext context, LoadedAssembly assembly, Context caller, EntityHandle specification)
    {
        var token = assembly.Members.Get(specification);
        BindType(context, assembly, caller, token.Owner);
        foreach (var argument in token.MethodArguments)
        {
            BindType(context, assembly, caller, argument);
        }

        if (context.Members.ResolveMethod(assembly, token) is not { } callee || callee.DeclaringType.Assembly != assembly)
        {
            return;
        }

        int calleeRow = MetadataTokens.GetRowNumber(callee.Handle);
        for (int index = 0; index < token.MethodArguments.Count; index++)
        {
            if (_bindings.TryGetValue((true, calleeRow, index), out var binding))
            {
                Bind(binding, token.MethodArguments[index], caller);
            }
        }
    }

    /// <summary>Every instantiation of one of the assembly's generic types inside <paramref name="type"/>, at any depth.</summary>
    private void BindType(ResolutionContext context, LoadedAssembly assembly, Context caller, DecodedType? type)
    {
        if (type is null)
        {
            return;
        }

        if (type.Definition is null && type.Text.IndexOf('<') >= 0)
        {
            // Box<Invoice>[], Box<T>&: the decoded element keeps only the names, so every generic type of the assembly
            // inside may be closed with anything (a serializer fills an array with Box<Invoice> objects).
            foreach (var name in type.NamedTypes)
            {
                if (context.Types.Resolve(name) is { } inside && inside.Assembly == assembly)
                {
                    MarkUnknown(false, MetadataTokens.GetRowNumber(inside.Handle));
                }
            }

            return;
        }

        if (type.GenericArguments.Count == 0)
        {
            return;
        }

        if (type.Definition is { } named && context.Types.Resolve(named) is { } resolved && resolved.Assembly == assembly)
        {
            int row = MetadataTokens.GetRowNumber(resolved.Handle);
            for (int index = 0; index < type.GenericArguments.Count; index++)
            {
                if (_bindings.TryGetValue((false, row, index), out var binding))
                {
                    Bind(binding, type.GenericArguments[index], caller);
                }
            }
        }

        foreach (var argument in type.GenericArguments)
        {
            BindType(context, assembly, caller, argument);
        }
    }

    private void Bind(Binding binding, DecodedType argument, Context caller)
    {
        if (GenericParameterReference.Parse(argument.Text) is { } parameter)
        {
            var key = (parameter.OfMethod, parameter.OfMethod ? caller.MethodRow : caller.TypeRow, parameter.Index);
            if (_bindings.TryGetValue(key, out var source))
            {
                source.Into.Add(binding);
            }
            else
            {
                // A parameter the context does not have.
                binding.Unknown = true;
            }
        }
        else if (argument.Text.IndexOf('!') >= 0)
        {
            // List<T>, T[]: more than one type or parameter, not followed here.
            binding.Unknown = true;
        }
        else
        {
            binding.Add(argument);
        }
    }

    private void MarkUnknown(bool ofMethod, int row)
    {
        for (int index = 0; _bindings.TryGetValue((ofMethod, row, index), out var binding); index++)
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

    /// <summary>Whether the assembly can close its generic methods, or its generic types, with type arguments its IL does not name.</summary>
    private static (bool Methods, bool Types) ClosesGenericCodeAtRunTime(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        foreach (var handle in reader.AssemblyReferences)
        {
            if (reader.StringComparer.Equals(reader.GetAssemblyReference(handle).Name, "Microsoft.CSharp"))
            {
                return (true, true);
            }
        }

        bool methods = false, types = false;
        foreach (var handle in reader.MemberReferences)
        {
            var reference = reader.GetMemberReference(handle);
            methods |= reader.StringComparer.Equals(reference.Name, "MakeGenericMethod") ||
                reader.StringComparer.Equals(reference.Name, "Call") && ParentIs(reader, reference.Parent, "System.Linq.Expressions", "Expression");
            types |= reader.StringComparer.Equals(reference.Name, "MakeGenericType");
        }

        return (methods, types);
    }

    /// <summary>Where a token is read: the method (for <c>!!n</c>) and its declaring type (for <c>!n</c>); row 0 for none.</summary>
    private readonly record struct Context(int MethodRow, int TypeRow);

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
