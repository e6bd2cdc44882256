using System.ComponentModel;

namespace OracleAttributes;

[TypeConverter(typeof(TemperatureConverter))]
public sealed record Temperature(double Degrees);
