namespace OracleSemantics;

/// <summary>
/// Start-up work that runs before the configuration patches (Order -1): each call reaches one case's target before
/// that target's patch ran, so every configuration patch except ConfigureFirst must be reported.
/// </summary>
internal static class CaseDriver
{
    [InitOrder.InitPatch(typeof(CaseResults), Order = -1)]
    internal static void RunEveryCase()
    {
        int total = 0;
        total += VirtualDispatchCase.Run();
        total += NewSlotCase.Run();
        total += InterfaceDispatchCase.Run();
        total += DefaultInterfaceCase.Run();
        total += GenericVirtualCase.Run();
        total += LambdaCase.Run();
        total += LocalFunctionCase.Run(1);
        total += AsyncCase.Run();
        total += IteratorCase.Run();
        total += GenericTypeCase.Run();
        total += GenericMethodCase.Run();
        total += BaseTypeCase.Run();
        total += BeforeFieldInitCase.Run();
        total += ExplicitConstructorCase.Run();
        total += PropertyCase.Run();
        total += IndexerCase.Run();
        total += EventCase.Run();
        total += OperatorCase.Run();
        total += ConversionCase.Run();
        total += RunClassConstructorCase.Run();
        total += LazyCase.Run();
        total += LazyWithoutFactoryCase.Run();
        total += SingletonCase.Run();
        total += StructCase.Run();
        total += ExceptionFilterCase.Run();
        total += FinallyCase.Run();

        // Configured by an earlier patch (Order -2), so touching it here is fine.
        total += ConfiguredFirstTarget.Value;
        CaseResults.Total = total;
    }
}
