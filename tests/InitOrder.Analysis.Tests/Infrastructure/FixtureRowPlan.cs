using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace InitOrder.Analysis.Tests.Infrastructure;

/// <summary>
/// The metadata row of every method and field of a fixture, fixed before any body is written: ECMA-335
/// lists a type's methods and fields as one run of rows, so rows follow type order.
/// </summary>
internal sealed class FixtureRowPlan
{
    private readonly Dictionary<FixtureMethod, int> _methodRows = new();
    private readonly Dictionary<FixtureField, int> _fieldRows = new();
    private readonly Dictionary<FixtureType, (int Method, int Field)> _firstRows = new();

    public FixtureRowPlan(IReadOnlyList<FixtureType> types)
    {
        int methodRow = 1;
        int fieldRow = 1;
        foreach (var type in types)
        {
            _firstRows.Add(type, (methodRow, fieldRow));
            foreach (var method in type.Methods)
            {
                _methodRows.Add(method, methodRow++);
            }

            foreach (var field in type.Fields)
            {
                _fieldRows.Add(field, fieldRow++);
            }
        }

        Methods = types.SelectMany(t => t.Methods).ToList();
    }

    /// <summary>Every method in row order.</summary>
    public IReadOnlyList<FixtureMethod> Methods { get; }

    public MethodDefinitionHandle Method(FixtureMethod method) => MetadataTokens.MethodDefinitionHandle(_methodRows[method]);

    public FieldDefinitionHandle Field(FixtureField field) => MetadataTokens.FieldDefinitionHandle(_fieldRows[field]);

    public MethodDefinitionHandle FirstMethod(FixtureType type) => MetadataTokens.MethodDefinitionHandle(_firstRows[type].Method);

    public FieldDefinitionHandle FirstField(FixtureType type) => MetadataTokens.FieldDefinitionHandle(_firstRows[type].Field);
}
