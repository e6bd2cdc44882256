using System;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>Writes one method body of a generated fixture; method and field tokens come from the finished row plan.</summary>
internal sealed class FixtureIL
{
    private readonly Func<FixtureMethod, MethodDefinitionHandle> _methods;
    private readonly Func<FixtureField, FieldDefinitionHandle> _fields;

    public FixtureIL(InstructionEncoder encoder, Func<FixtureMethod, MethodDefinitionHandle> methods, Func<FixtureField, FieldDefinitionHandle> fields)
    {
        Encoder = encoder;
        _methods = methods;
        _fields = fields;
    }

    public InstructionEncoder Encoder { get; }

    public FixtureIL Call(FixtureMethod method)
    {
        Encoder.Call(_methods(method));
        return this;
    }

    /// <summary><c>ldsfld field; pop</c>: touches the field's type without calling anything.</summary>
    public FixtureIL ReadField(FixtureField field)
    {
        Encoder.OpCode(ILOpCode.Ldsfld);
        Encoder.Token(_fields(field));
        Encoder.OpCode(ILOpCode.Pop);
        return this;
    }

    /// <summary>Bytes copied into the code as they are: for IL no encoder would produce.</summary>
    public FixtureIL Raw(params byte[] code)
    {
        Encoder.CodeBuilder.WriteBytes(code);
        return this;
    }

    public FixtureIL Ret()
    {
        Encoder.OpCode(ILOpCode.Ret);
        return this;
    }
}
