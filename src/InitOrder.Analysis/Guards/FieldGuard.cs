using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Facts;
using InitOrder.Analysis.Resolution;

namespace InitOrder.Analysis.Guards;

/// <summary>
/// A private <c>bool</c> field of a class read through its property's getter, or a static <c>bool</c> field of the
/// analysed assembly read directly, that only <see cref="Writers"/> can set to anything but <c>false</c>. Until one of them can run, code that runs only when the field is true cannot run.
/// </summary>
/// <param name="DeclaringType">The class that declares the field.</param>
/// <param name="Field">The field.</param>
/// <param name="Name">The property's name (the static field's, with its class), for the report.</param>
/// <param name="FieldName">The field's name, which an <c>[UnsafeAccessor]</c> would spell out.</param>
/// <param name="Writers">Every method of the class (and its nested types) that stores into the field anything but a constant false, or takes its address.</param>
/// <param name="IsStatic">A static field of the analysed assembly (<see cref="FieldGuards.OfStaticField"/>): any of its methods may write it.</param>
internal sealed record FieldGuard(ResolvedType DeclaringType, FieldDefinitionHandle Field, string Name, string FieldName, IReadOnlyList<MethodNode> Writers, bool IsStatic = false);
