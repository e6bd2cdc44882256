namespace OracleSerializers;

/// <summary>
/// Created only in Main, after every patch. Its overrides of object's virtuals are what a serializer calls on the objects it meets
/// (ToString, Equals, GetHashCode for reference tracking), but no AuditKey exists before the patches.
/// </summary>
public sealed class AuditKey
{
    public override string ToString() => "key@" + AuditClock.Now;

    public override bool Equals(object? obj) => obj is AuditKey && AuditClock.Now.Length > 0;

    public override int GetHashCode() => AuditClock.Now.GetHashCode();
}
