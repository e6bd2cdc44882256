using System;

namespace OracleAttributes;

/// <summary>The app's own attribute: its constructor runs whenever reflection asks for Invoice's attributes.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuditedAttribute : Attribute
{
    public AuditedAttribute()
    {
        Level = AuditPolicy.Level;
    }

    public string Level { get; }
}
