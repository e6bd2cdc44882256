using System.Reflection.Metadata;

namespace InitOrder.Analysis.Reflection;

/// <summary>
/// How many values the instructions <see cref="StackValues"/> does not model pop and push (ECMA-335 Partition III).
/// Loads, stores, calls, jumps and constants are modelled there.
/// </summary>
internal static class StackEffects
{
    public static (int Pops, int Pushes) Of(ILOpCode code)
    {
        switch (code)
        {
            case ILOpCode.Nop: case ILOpCode.Break: case ILOpCode.Volatile: case ILOpCode.Unaligned: case ILOpCode.Tail:
            case ILOpCode.Constrained: case ILOpCode.Readonly:
                return (0, 0);
            case ILOpCode.Ldftn: case ILOpCode.Sizeof: case ILOpCode.Arglist:
                return (0, 1);
            case ILOpCode.Ldvirtftn: case ILOpCode.Neg: case ILOpCode.Not: case ILOpCode.Ckfinite: case ILOpCode.Ldlen:
            case ILOpCode.Localloc: case ILOpCode.Mkrefany: case ILOpCode.Refanyval: case ILOpCode.Refanytype: case ILOpCode.Unbox:
                return (1, 1);
            case ILOpCode.Initobj: case ILOpCode.Endfilter:
                return (1, 0);
            case ILOpCode.Stobj: case ILOpCode.Cpobj:
                return (2, 0);
            case ILOpCode.Cpblk: case ILOpCode.Initblk: case ILOpCode.Stelem:
                return (3, 0);
            case ILOpCode.Ldelem: case ILOpCode.Ldelema:
                return (2, 1);
        }

        int value = (int)code;
        if (value >= (int)ILOpCode.Ldind_i1 && value <= (int)ILOpCode.Ldind_ref)
        {
            return (1, 1);
        }

        if (value >= (int)ILOpCode.Stind_ref && value <= (int)ILOpCode.Stind_r8 || code == ILOpCode.Stind_i)
        {
            return (2, 0);
        }

        if (value >= (int)ILOpCode.Add && value <= (int)ILOpCode.Shr_un || value >= (int)ILOpCode.Add_ovf && value <= (int)ILOpCode.Sub_ovf_un ||
            code == ILOpCode.Ceq || code == ILOpCode.Cgt || code == ILOpCode.Cgt_un || code == ILOpCode.Clt || code == ILOpCode.Clt_un)
        {
            return (2, 1);
        }

        if (value >= (int)ILOpCode.Conv_i1 && value <= (int)ILOpCode.Conv_u8 || value >= (int)ILOpCode.Conv_r_un && value <= (int)ILOpCode.Conv_r_un ||
            value >= (int)ILOpCode.Conv_ovf_i1_un && value <= (int)ILOpCode.Conv_ovf_u_un || value >= (int)ILOpCode.Conv_ovf_i1 && value <= (int)ILOpCode.Conv_ovf_u8 ||
            code == ILOpCode.Conv_u2 || code == ILOpCode.Conv_u1 || code == ILOpCode.Conv_i || code == ILOpCode.Conv_ovf_i || code == ILOpCode.Conv_ovf_u ||
            code == ILOpCode.Conv_u || code == ILOpCode.Conv_r4 || code == ILOpCode.Conv_r8)
        {
            return (1, 1);
        }

        if (value >= (int)ILOpCode.Ldelem_i1 && value <= (int)ILOpCode.Ldelem_ref)
        {
            return (2, 1);
        }

        if (value >= (int)ILOpCode.Stelem_i && value <= (int)ILOpCode.Stelem_ref)
        {
            return (3, 0);
        }

        // Not modelled: leave the depth as it is (StackValues reads an unknown value from an empty stack).
        return (0, 0);
    }
}
