using System;
using System.Reflection.Metadata;
using InitOrder.Analysis.Metadata;

namespace InitOrder.Analysis.Facts;

/// <summary>
/// Bodies that only forward a call: what such a method returns is what the callee returns, whose declared type says more
/// than the forwarding method's own (<see cref="ObjectHandOffs.ReturnedBy(MethodNode)"/>).
/// </summary>
internal static class ForwardingBody
{
    /// <summary>
    /// The call whose result a method returns as it is, for a body <c>ldarg.0 [ldfld f] call M [box T] ret</c>: an explicit
    /// <c>IEnumerable.GetEnumerator()</c> forwarding to the generic one, a wrapper returning its inner list's enumerator.
    /// </summary>
    public static MemberToken? CallReturnedAsIs(MethodNode method)
    {
        var body = method.Assembly.GetBody(method.Handle);
        if (body is null)
        {
            return null;
        }

        var il = body.GetILBytes();
        if (il is null)
        {
            return null;
        }

        int at = 0;
        if (at < il.Length && il[at] == 0x02)
        {
            at++;
            if (at + 5 <= il.Length && il[at] == 0x7B)
            {
                at += 5;
            }
        }

        if (at + 5 > il.Length || il[at] != 0x28 && il[at] != 0x6F)
        {
            return null;
        }

        int token = BitConverter.ToInt32(il, at + 1);
        at += 5;
        if (at + 5 <= il.Length && il[at] == 0x8C)
        {
            at += 5;
        }

        if (at + 1 != il.Length || il[at] != 0x2A)
        {
            return null;
        }

        var handle = System.Reflection.Metadata.Ecma335.MetadataTokens.EntityHandle(token);
        if (handle.Kind is not (HandleKind.MethodDefinition or HandleKind.MemberReference or HandleKind.MethodSpecification))
        {
            return null;
        }

        var member = method.Assembly.Members.Get(handle);
        return member.IsMethod ? member : null;
    }
}
