using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InitOrder.Generator.Model;

/// <summary>
/// A source position kept as plain values: pipeline models must not hold syntax trees or symbols.
/// </summary>
internal sealed record SourceLocation(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static SourceLocation? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new SourceLocation(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>
    /// A location in the compilation's own syntax tree when there is one: .editorconfig severities apply per tree,
    /// so a path-only location would escape them.
    /// </summary>
    public Location ToLocation(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath == FilePath)
            {
                return Location.Create(tree, Span);
            }
        }

        return ToLocation();
    }
}
