namespace InitOrder.Analysis.Facts;

/// <summary>Why running one method can run another. One byte: packed edges store millions of these.</summary>
internal enum EdgeKind : byte
{
    /// <summary>call or jmp.</summary>
    Call,
    /// <summary>newobj: the constructor.</summary>
    NewObject,
    /// <summary>ldftn / ldvirtftn: a delegate that may be invoked.</summary>
    Delegate,
    /// <summary>callvirt, ldvirtftn or a constrained call: an override or implementation.</summary>
    VirtualDispatch,
    /// <summary>Access to a type's member, or RunClassConstructor: the type's static constructor.</summary>
    StaticConstructor,
    /// <summary>The JIT compiling this method loads a referenced assembly and runs its module initializer.</summary>
    ModuleInitializer,
    /// <summary>An object of a live type, or a type handle, reaches framework code that may call this override back.</summary>
    FrameworkCallback,
    /// <summary>A reflective call (or one the trimmer's attributes describe) may run this member.</summary>
    Reflection,
}
