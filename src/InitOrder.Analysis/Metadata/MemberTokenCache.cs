using System.Collections.Generic;
using System.Reflection.Metadata;
using InitOrder.Analysis.Loading;

namespace InitOrder.Analysis.Metadata;

/// <summary>
/// Decoded method and field tokens of one assembly. The same token appears in many method bodies;
/// decoding it once also gives later lookups a stable object to cache resolutions by.
/// </summary>
internal sealed class MemberTokenCache
{
    private readonly LoadedAssembly _assembly;
    private readonly Dictionary<EntityHandle, MemberToken> _tokens = new();

    public MemberTokenCache(LoadedAssembly assembly)
    {
        _assembly = assembly;
    }

    /// <exception cref="System.BadImageFormatException">The token cannot be decoded.</exception>
    public MemberToken Get(EntityHandle handle)
    {
        if (!_tokens.TryGetValue(handle, out var token))
        {
            token = MemberTokenDecoder.Decode(_assembly, handle);
            _tokens.Add(handle, token);
        }

        return token;
    }
}
