namespace InitOrder.Analysis.Verification;

/// <summary>Why a piece of code runs before a patch.</summary>
internal enum RootKind
{
    /// <summary>Called from <c>&lt;Module&gt;..cctor</c> before InitOrder's initializer (INIT101).</summary>
    EarlierModuleInitializer,
    /// <summary>A patch with a lower run index (INIT102).</summary>
    EarlierPatch,
    /// <summary>The static constructor of an earlier patch's class, run when that patch is called (INIT102).</summary>
    EarlierPatchClassConstructor,
    /// <summary>The static constructor of the patch's own class, run before the patch body (INIT102).</summary>
    OwnClassConstructor,
    /// <summary>A referenced assembly's module initializer, run while the JIT compiles the patch (INIT102).</summary>
    JitTimeModuleInitializer,
    /// <summary>A generated Library&lt;N&gt; stub applying a referenced library's patches first (INIT102).</summary>
    LibraryPatches,
}
