using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Facts about a type that many method bodies ask for again and again, as nodes, computed once: its static
/// constructor, the overrides framework code may call back, and whether it is a value type.
/// </summary>
internal sealed class TypeFacts
{
    private readonly FactStore _store;
    private readonly Dictionary<ResolvedType, MethodNode?> _classConstructors = new();
    private readonly Dictionary<ResolvedType, FrameworkCallbacks> _callbacks = new();
    private readonly Dictionary<ResolvedType, bool> _valueTypes = new();
    private readonly Dictionary<ResolvedType, bool> _beforeFieldInit = new();

    public TypeFacts(FactStore store)
    {
        _store = store;
    }

    /// <summary>
    /// Overrides of a type that framework code may call back: instance ones once an object of the type exists
    /// (see Reachability/EscapeRule), static ones once code hands out the type.
    /// </summary>
    public FrameworkCallbacks CallbacksOf(ResolvedType type)
    {
        if (!_callbacks.TryGetValue(type, out var callbacks))
        {
            var instance = new List<MethodNode>();
            var statics = new List<MethodNode>();
            foreach (var method in _store.Context.Callbacks.Find(type))
            {
                if (method.DeclaringType.Assembly.Reader.GetMethodDefinition(method.Handle).RelativeVirtualAddress != 0)
                {
                    (method.IsStatic ? statics : instance).Add(_store.Node(method));
                }
            }

            callbacks = new FrameworkCallbacks(instance, statics);
            _callbacks.Add(type, callbacks);
        }

        return callbacks;
    }

    /// <summary>Structs and enums: their values exist without a constructor call.</summary>
    public bool IsValueType(ResolvedType type)
    {
        if (!_valueTypes.TryGetValue(type, out bool isValueType))
        {
            isValueType = TypeHierarchy.IsValueType(type);
            _valueTypes.Add(type, isValueType);
        }

        return isValueType;
    }

    /// <summary>
    /// A type without an explicit static constructor (only field initializers): the runtime runs its initializer at the
    /// first access to one of its static fields, not at a method call or <c>new</c>.
    /// </summary>
    public bool IsBeforeFieldInit(ResolvedType type)
    {
        if (!_beforeFieldInit.TryGetValue(type, out bool isBeforeFieldInit))
        {
            isBeforeFieldInit = (type.Definition.Attributes & System.Reflection.TypeAttributes.BeforeFieldInit) != 0;
            _beforeFieldInit.Add(type, isBeforeFieldInit);
        }

        return isBeforeFieldInit;
    }

    /// <summary>The static constructor of a type with code, as a node; null when there is none to run.</summary>
    public MethodNode? ClassConstructorOf(ResolvedType type)
    {
        if (!_classConstructors.TryGetValue(type, out var node))
        {
            node = type.HasCode && type.Assembly.FindStaticConstructor(type.Handle) is { } cctor ? _store.Node(type.Assembly, cctor) : null;
            _classConstructors.Add(type, node);
        }

        return node;
    }
}
