namespace OracleAttributes;

/// <summary>A start-up patch's own target. ValidateShop: the shop options' currency, or the validation error.</summary>
public static class ShopValidation
{
    public static string Text = "";
}
