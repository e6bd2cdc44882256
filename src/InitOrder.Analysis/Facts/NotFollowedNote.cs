namespace InitOrder.Analysis.Facts;

/// <summary>
/// One instruction (or a whole body) of a method that the analysis could not follow. Notes with the
/// same key are counted together in the report.
/// </summary>
internal sealed class NotFollowedNote
{
    private NotFollowedNote(string key, string what, string why, int? ilOffset, bool isMalformedBody)
    {
        Key = key;
        What = what;
        Why = why;
        ILOffset = ilOffset;
        IsMalformedBody = isMalformedBody;
    }

    public string Key { get; }

    public string What { get; }

    public string Why { get; }

    /// <summary>The instruction; null when the whole body is meant.</summary>
    public int? ILOffset { get; }

    public bool IsMalformedBody { get; }

    /// <summary>A call into an assembly without code: grouped per assembly.</summary>
    public static NotFollowedNote ExternalCode(string assemblyName, string why, int ilOffset) =>
        new("assembly:" + assemblyName, assemblyName, why, ilOffset, false);

    /// <summary>A reflection call: each site on its own.</summary>
    public static NotFollowedNote Reflection(string api, MethodNode site, int ilOffset) =>
        new("reflection:" + api + "@" + site.Id + ":" + ilOffset, api, "reflection: what runs is chosen at run time", ilOffset, false);

    /// <summary>A delegate handed to framework code that keeps it for later (<see cref="DelegateSinks"/>): each site on its own.</summary>
    public static NotFollowedNote KeptForLater(string sink, string why, MethodNode site, int ilOffset) =>
        new("later:" + sink + "@" + site.Id + ":" + ilOffset, sink, why, ilOffset, false);

    public static NotFollowedNote MalformedBody(MethodNode method, string message) =>
        new("malformed:" + method.Id, method.FullName, "malformed method body: " + message, null, true);
}
