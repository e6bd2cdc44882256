using System.Collections.Generic;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// One attribute applied to a type, member, parameter, assembly or module, read from the CustomAttribute table: the code
/// that constructing it runs (its constructor and the setters of its named properties) and the types its arguments name.
/// </summary>
/// <param name="AttributeType">The attribute's type; its code runs only when it has code (not a reference assembly).</param>
/// <param name="Constructor">The constructor the application names.</param>
/// <param name="Setters">Setters of the named properties, as they resolve on the attribute type or a base type.</param>
/// <param name="NamedTypes">Types with code named by <c>typeof</c> arguments: [JsonDerivedType], [JsonConverter], [XmlInclude], [KnownType].</param>
/// <param name="AnnotatedTypes">Of those, the ones passed to a parameter or property carrying [DynamicallyAccessedMembers], with its members.</param>
/// <param name="Display"><c>[TypeConverter(typeof(TemperatureConverter))]</c>: how a chain names the application.</param>
/// <param name="Element">The kind of element it is applied to (<see cref="AttributeElements.Of"/>).</param>
internal sealed record AttributeApplication(
    ResolvedType? AttributeType,
    ResolvedMethod? Constructor,
    IReadOnlyList<ResolvedMethod> Setters,
    IReadOnlyList<ResolvedType> NamedTypes,
    IReadOnlyList<(ResolvedType Type, AccessedMembers Members)> AnnotatedTypes,
    string Display,
    System.AttributeTargets Element)
{
    /// <summary>Constructing it runs code of the app or a library.</summary>
    public bool RunsCode => AttributeType is { HasCode: true };

    /// <summary>Constructing it runs code, or hands a <c>typeof</c> argument to an annotated parameter: most applications (the compiler's, the framework's) do neither.</summary>
    public bool ActsWhenConstructed => RunsCode || AnnotatedTypes.Count > 0;
}
