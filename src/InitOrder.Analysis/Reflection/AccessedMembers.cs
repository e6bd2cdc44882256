using System;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// The members an annotation says reflection uses: the values of
/// System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes, declared here because the .NET Framework build
/// of the analysis has no such type.
/// </summary>
[Flags]
internal enum AccessedMembers
{
    None = 0,
    PublicParameterlessConstructor = 0x1,
    PublicConstructors = 0x3,
    NonPublicConstructors = 0x4,
    PublicMethods = 0x8,
    NonPublicMethods = 0x10,
    PublicFields = 0x20,
    NonPublicFields = 0x40,
    PublicNestedTypes = 0x80,
    NonPublicNestedTypes = 0x100,
    PublicProperties = 0x200,
    NonPublicProperties = 0x400,
    PublicEvents = 0x800,
    NonPublicEvents = 0x1000,
    Interfaces = 0x2000,

    /// <summary>
    /// Not a DynamicallyAccessedMemberTypes value: the static <c>op_*</c> methods (public or not) that the Expression
    /// factories look up on the types of their operands. Every real annotation value leaves this bit clear, except All.
    /// </summary>
    UserDefinedOperators = 0x40000000,

    /// <summary>
    /// Not a DynamicallyAccessedMemberTypes value: an object of the type is made without running any constructor
    /// (<c>RuntimeHelpers.GetUninitializedObject</c>), so the type is live and its static constructor runs, and no other
    /// member does. Every real annotation value leaves this bit clear, except All.
    /// </summary>
    ObjectWithoutConstructor = 0x20000000,
    All = -1,
}
