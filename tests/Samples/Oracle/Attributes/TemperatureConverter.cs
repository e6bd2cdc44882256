using System;
using System.ComponentModel;
using System.Globalization;

namespace OracleAttributes;

/// <summary>Created by TypeDescriptor from Temperature's [TypeConverter]; no IL of the app names its members.</summary>
public sealed class TemperatureConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        new Temperature(double.Parse((string)value, CultureInfo.InvariantCulture) + (Thermostat.Unit == "F" ? 32 : 0));
}
