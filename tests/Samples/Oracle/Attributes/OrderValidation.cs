namespace OracleAttributes;

/// <summary>A start-up patch's own target. ValidateOrder: the validation errors of the start-up order.</summary>
public static class OrderValidation
{
    public static string Text = "";
}
