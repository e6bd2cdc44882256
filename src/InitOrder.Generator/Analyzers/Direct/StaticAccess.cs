using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Analyzers.Direct;

/// <summary>
/// One access in a method body that runs a type's static constructor: a static member used, or an instance created.
/// </summary>
/// <param name="Type">The type whose static constructor runs (the member's declaring type, generic definition).</param>
/// <param name="Member">The field, property, event, method or constructor accessed.</param>
/// <param name="MemberDisplay">How the verifier's chains name what was touched: <c>Clock.Now</c>, <c>Registry.get_Count()</c>, <c>Logger..ctor()</c>.</param>
/// <param name="Syntax">Where it is written.</param>
/// <param name="Writes">A static field or auto-property assigned (a <c>stsfld</c> in IL).</param>
/// <param name="Reads">A static field or auto-property whose value is read.</param>
internal sealed record StaticAccess(INamedTypeSymbol Type, ISymbol Member, string MemberDisplay, SyntaxNode Syntax, bool Writes, bool Reads)
{
    /// <summary>The member whose value a field or auto-property access reads or writes: the field, or the property.</summary>
    public ISymbol? Storage => Member is IFieldSymbol or IPropertySymbol ? Member.OriginalDefinition : null;
}
