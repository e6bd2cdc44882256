namespace OracleSemantics;

/// <summary>
/// One configuration patch per semantic case. The class has no static state, so calling a patch runs nothing else.
/// SemanticsPlugins' patch references that library: the JIT runs the library's module initializer, which reads the
/// registry, while it compiles the patch.
/// </summary>
internal static class Configurations
{
    [InitOrder.InitPatch(typeof(ConfiguredFirstTarget), Order = -2)]
    internal static void ConfigureFirst() => ConfiguredFirstTarget.Value = 2;

    [InitOrder.InitPatch(typeof(VirtualDispatchTarget))]
    internal static void ConfigureVirtualDispatch() => VirtualDispatchTarget.Value = 2;

    [InitOrder.InitPatch(typeof(NewSlotTarget))]
    internal static void ConfigureNewSlotOverride() => NewSlotTarget.Value = 2;

    [InitOrder.InitPatch(typeof(InterfaceDispatchTarget))]
    internal static void ConfigureInterfaceDispatch() => InterfaceDispatchTarget.Value = 2;

    [InitOrder.InitPatch(typeof(DefaultInterfaceTarget))]
    internal static void ConfigureDefaultInterfaceMethod() => DefaultInterfaceTarget.Value = 2;

    [InitOrder.InitPatch(typeof(GenericVirtualTarget))]
    internal static void ConfigureGenericVirtualMethod() => GenericVirtualTarget.Value = 2;

    [InitOrder.InitPatch(typeof(LambdaTarget))]
    internal static void ConfigureLambda() => LambdaTarget.Value = 2;

    [InitOrder.InitPatch(typeof(LocalFunctionTarget))]
    internal static void ConfigureLocalFunction() => LocalFunctionTarget.Value = 2;

    [InitOrder.InitPatch(typeof(AsyncTarget))]
    internal static void ConfigureAsyncMethod() => AsyncTarget.Value = 2;

    [InitOrder.InitPatch(typeof(IteratorTarget))]
    internal static void ConfigureIterator() => IteratorTarget.Value = 2;

    [InitOrder.InitPatch(typeof(SettingsCache<>))]
    internal static void ConfigureGenericTypeStatic() => SettingsCache<int>.Value = "patched";

    [InitOrder.InitPatch(typeof(GenericMethodTarget))]
    internal static void ConfigureGenericMethod() => GenericMethodTarget.Value = 2;

    [InitOrder.InitPatch(typeof(BaseTypeTarget))]
    internal static void ConfigureBaseTypeConstructor() => BaseTypeTarget.Value = 2;

    [InitOrder.InitPatch(typeof(BeforeFieldInitTarget))]
    internal static void ConfigureBeforeFieldInit() => BeforeFieldInitTarget.Value = 2;

    [InitOrder.InitPatch(typeof(ExplicitConstructorTarget))]
    internal static void ConfigureExplicitStaticConstructor() => ExplicitConstructorTarget.Value = 2;

    [InitOrder.InitPatch(typeof(PropertyTarget))]
    internal static void ConfigureProperty() => PropertyTarget.Value = 2;

    [InitOrder.InitPatch(typeof(IndexerTarget))]
    internal static void ConfigureIndexer() => IndexerTarget.Value = 2;

    [InitOrder.InitPatch(typeof(EventTarget))]
    internal static void ConfigureEvent() => EventTarget.Value = 2;

    [InitOrder.InitPatch(typeof(OperatorTarget))]
    internal static void ConfigureOperator() => OperatorTarget.Value = 2;

    [InitOrder.InitPatch(typeof(ConversionTarget))]
    internal static void ConfigureConversion() => ConversionTarget.Value = 2;

    [InitOrder.InitPatch(typeof(RunClassConstructorTarget))]
    internal static void ConfigureRunClassConstructor() => RunClassConstructorTarget.Value = 2;

    [InitOrder.InitPatch(typeof(LazyTarget))]
    internal static void ConfigureLazyValue() => LazyTarget.Value = 2;

    [InitOrder.InitPatch(typeof(LazyConstructedTarget))]
    internal static void ConfigureLazyWithoutFactory() => LazyConstructedTarget.Value = 2;

    [InitOrder.InitPatch(typeof(SingletonTarget))]
    internal static void ConfigureSingleton() => SingletonTarget.Value = 2;

    [InitOrder.InitPatch(typeof(StructTarget))]
    internal static void ConfigureStructDefault() => StructTarget.Value = 2;

    [InitOrder.InitPatch(typeof(ExceptionFilterTarget))]
    internal static void ConfigureExceptionFilter() => ExceptionFilterTarget.Value = 2;

    [InitOrder.InitPatch(typeof(FinallyTarget))]
    internal static void ConfigureFinallyBlock() => FinallyTarget.Value = 2;

    [InitOrder.InitPatch(typeof(SemanticsPlugins.PluginRegistry))]
    internal static void ConfigurePlugins() => SemanticsPlugins.PluginRegistry.Mode = "patched";
}
