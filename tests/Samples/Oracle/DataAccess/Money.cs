namespace OracleDataAccess;

/// <summary>A value Dapper maps through a custom type handler.</summary>
public readonly record struct Money(decimal Amount, string Currency);
