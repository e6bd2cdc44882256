using System.Collections.Generic;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>A static class of a generated fixture assembly: its methods and static fields, in metadata row order.</summary>
internal sealed class FixtureType
{
    public FixtureType(string @namespace, string name)
    {
        Namespace = @namespace;
        Name = name;
    }

    public string Namespace { get; }

    public string Name { get; }

    /// <summary>Namespace-qualified metadata name, as the verifier reports it.</summary>
    public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;

    public List<FixtureMethod> Methods { get; } = new();

    public List<FixtureField> Fields { get; } = new();

    /// <summary>Adds a static method with no parameters returning void; the body is written when the assembly is built.</summary>
    public FixtureMethod Method(string name, System.Action<FixtureIL> body)
    {
        var method = new FixtureMethod(this, name, body);
        Methods.Add(method);
        return method;
    }

    /// <summary>Adds a static int field.</summary>
    public FixtureField Field(string name)
    {
        var field = new FixtureField(this, name);
        Fields.Add(field);
        return field;
    }
}
