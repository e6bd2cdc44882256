using Mono.Cecil;
using Mono.Cecil.Cil;

namespace InitOrder.Benchmarks;

/// <summary>The peer baseline: how a Cecil-based tool would read the same file and look at every instruction.</summary>
internal static class CecilWorkload
{
    /// <returns>Instructions walked, and how many of them name a member or type.</returns>
    public static (long Instructions, long MemberOperands) Run(string path)
    {
        using var module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadSymbols = false });
        long instructions = 0;
        long memberOperands = 0;
        foreach (var type in module.GetTypes())
        {
            foreach (var method in type.Methods)
            {
                if (!method.HasBody)
                {
                    continue;
                }

                foreach (Instruction instruction in method.Body.Instructions)
                {
                    instructions++;

                    // Look at the operand as an analysis would.
                    if (instruction.Operand is MemberReference)
                    {
                        memberOperands++;
                    }
                }
            }
        }

        return (instructions, memberOperands);
    }
}
