using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OracleAttributes;

/// <summary>DataAnnotations validation, directly and through options.</summary>
internal static class ValidationStartup
{
    [InitOrder.InitPatch(typeof(OrderValidation), Order = 9)]
    internal static void ValidateOrder()
    {
        var item = new StockItem { Sku = "SKU-1" };
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(item, new ValidationContext(item), errors, validateAllProperties: true);
        OrderValidation.Text = errors.Count + " error(s)";
    }

    [InitOrder.InitPatch(typeof(ShopValidation), Order = 10)]
    internal static void ValidateShop()
    {
        var services = new ServiceCollection();
        services.AddOptions<ShopOptions>().Configure(o => o.Currency = "CHF").ValidateDataAnnotations();
        using var provider = services.BuildServiceProvider();
        try
        {
            ShopValidation.Text = provider.GetRequiredService<IOptions<ShopOptions>>().Value.Currency;
        }
        catch (OptionsValidationException e)
        {
            ShopValidation.Text = e.Message;
        }
    }
}
