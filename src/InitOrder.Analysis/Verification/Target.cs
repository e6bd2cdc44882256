namespace InitOrder.Analysis.Verification;

/// <summary>One thing a patch protects: a type (full name) or an assembly (simple name).</summary>
internal readonly struct Target
{
    public Target(string name, bool isAssembly)
    {
        Name = name;
        IsAssembly = isAssembly;
    }

    public string Name { get; }

    public bool IsAssembly { get; }

    /// <summary>How messages name it: <c>'Sample.ThreadIdentity'</c> or <c>assembly 'Npgsql'</c>.</summary>
    public string Describe() => IsAssembly ? "assembly '" + Name + "'" : "'" + Name + "'";
}
