using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace InitOrder.Analysis.Reuse;

/// <summary>
/// The analysed assembly's methods whose IL body or sequence points the verification read. With the declarations,
/// they are everything of the assembly a verdict can depend on (see <see cref="PreviousVerification"/>).
/// </summary>
internal sealed class MethodReadLog
{
    private readonly HashSet<int> _rows = new();

    public void Add(MethodDefinitionHandle method) => _rows.Add(MetadataTokens.GetRowNumber(method));

    /// <summary>MethodDef rows in ascending order.</summary>
    public List<int> SortedRows()
    {
        var rows = new List<int>(_rows);
        rows.Sort();
        return rows;
    }
}
