using System;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Facts.Cache;

/// <summary>Which file an assembly was read from: its module version id, size and last write time.</summary>
internal readonly record struct AssemblyIdentity(Guid Mvid, long Size, long LastWriteTicks)
{
    public static AssemblyIdentity Of(LoadedAssembly assembly)
    {
        var reader = assembly.Reader;
        var (size, ticks) = AssemblyFileReader.Stamp(assembly.Path);
        return new AssemblyIdentity(reader.GetGuid(reader.GetModuleDefinition().Mvid), size, ticks);
    }
}
