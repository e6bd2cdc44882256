namespace InitOrder.Analysis.Discovery;

/// <summary>
/// Names of what InitOrder's generator emits into a consumer assembly (see the shared contract).
/// </summary>
internal static class InitOrderNames
{
    /// <summary>Declares the initializer when the package's bootstrap file is compiled first.</summary>
    public const string BootstrapType = "InitOrder.Generated.InitOrderBootstrap";

    /// <summary>Declares the initializer when the bootstrap file is absent.</summary>
    public const string FallbackInitializerType = "InitOrder.Generated.InitOrderModuleInitializer";

    public const string InitializeMethod = "Initialize";

    public const string PatchesType = "InitOrder.InitPatches";

    public const string ApplyAllMethod = "ApplyAll";

    /// <summary>Generated stubs are named Patch0, Patch1, ... in run order.</summary>
    public const string StubPrefix = "Patch";

    /// <summary>Stubs named Library0, Library1, ... apply referenced libraries' patches before this assembly's own.</summary>
    public const string LibraryStubPrefix = "Library";

    public const string AttributeType = "InitOrder.InitPatchAttribute";

    public const string OrderProperty = "Order";

    public const string AcceptViolationAttributeType = "InitOrder.AcceptViolationAttribute";

    public const string AcceptTargetProperty = "Target";

    public const string AcceptPatchProperty = "Patch";

    public const string AcceptJustificationProperty = "Justification";

    public const string AssembliesProperty = "Assemblies";

    public static bool IsInitOrderInitializer(string declaringTypeFullName, string methodName) =>
        methodName == InitializeMethod && (declaringTypeFullName == BootstrapType || declaringTypeFullName == FallbackInitializerType);

    /// <summary>True for <paramref name="prefix"/> followed by digits only, like Patch0 or Library12.</summary>
    public static bool IsStubName(string name, string prefix)
    {
        if (name.Length <= prefix.Length || !name.StartsWith(prefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = prefix.Length; i < name.Length; i++)
        {
            if (name[i] < '0' || name[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
