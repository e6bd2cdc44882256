using System;
using System.Collections.Generic;
using System.IO;

namespace InitOrder.Cli;

/// <summary>
/// The <c>--target</c> values split into types and assemblies. A name the checked assembly uses as a type
/// is a type; otherwise it is an assembly when the checked assembly or a file beside it (or given with
/// --reference) has that simple name; anything else is taken as a type. Assembly names and namespaces
/// often look alike (Npgsql, System.AppContext), which is why the files and the metadata decide rather
/// than the spelling. The framework's reference assemblies do not count: their names shadow types.
/// </summary>
internal sealed class CheckedTargets
{
    private CheckedTargets(List<string> types, List<string> assemblies)
    {
        Types = types;
        Assemblies = assemblies;
    }

    public List<string> Types { get; }

    public List<string> Assemblies { get; }

    /// <param name="knownTypes">Types the checked assembly defines or references; null when it could not be read.</param>
    public static CheckedTargets Classify(IReadOnlyList<string> targets, string assemblyPath, IReadOnlyList<string> localReferences, ISet<string>? knownTypes)
    {
        var assemblyNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Path.GetFileNameWithoutExtension(assemblyPath) };
        foreach (string reference in localReferences)
        {
            assemblyNames.Add(Path.GetFileNameWithoutExtension(reference));
        }

        var types = new List<string>();
        var assemblies = new List<string>();
        foreach (string target in targets)
        {
            bool isType = knownTypes?.Contains(target) == true || !assemblyNames.Contains(target);
            var list = isType ? types : assemblies;
            if (!list.Contains(target))
            {
                list.Add(target);
            }
        }

        return new CheckedTargets(types, assemblies);
    }
}
