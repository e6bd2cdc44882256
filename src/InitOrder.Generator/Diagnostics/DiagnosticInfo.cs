using InitOrder.Generator.Model;
using Microsoft.CodeAnalysis;

namespace InitOrder.Generator.Diagnostics;

/// <summary>
/// A diagnostic kept as values (descriptor id, location, message arguments) so it can travel through the cached pipeline.
/// </summary>
internal sealed record DiagnosticInfo(string Id, SourceLocation? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => new(descriptor.Id, SourceLocation.From(location), new EquatableArray<string>(arguments));

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceLocation? location, params string[] arguments)
        => new(descriptor.Id, location, new EquatableArray<string>(arguments));

    public Diagnostic ToDiagnostic(Compilation compilation)
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var arguments = new object[Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation(compilation) ?? Microsoft.CodeAnalysis.Location.None, arguments);
    }
}
