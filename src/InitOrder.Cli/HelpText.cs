namespace InitOrder.Cli;

/// <summary>What <c>initorder --help</c> prints.</summary>
internal static class HelpText
{
    public const string Usage = "initorder check <assembly> [--target <Type or assembly>]... [--report <dir>] [--all-static-constructors] [--reference <file or folder>]...";

    public const string Text =
        "initorder: InitOrder's build-time verifier, run on any built assembly.\n" +
        "\n" +
        "Usage:\n" +
        "  " + Usage + "\n" +
        "\n" +
        "  <assembly>                   The .dll to check. Its references are the .dll files beside it, then the\n" +
        "                               .NET reference assemblies of this SDK.\n" +
        "  --target <name>              What to check in an assembly without InitOrder patches: a type's full\n" +
        "                               metadata name (Ns.Type, Ns.Outer+Inner, Ns.Cache`1) or the simple name of an\n" +
        "                               assembly beside it. Reports everything its module initializers reach of it.\n" +
        "                               A name the assembly uses as a type is a type. Repeatable.\n" +
        "  --all-static-constructors    Worst case: every static constructor of the assembly counts as code that\n" +
        "                               runs before the patches (or before the targets).\n" +
        "  --report <dir>               Writes InitOrder.report.json and InitOrder.report.md there.\n" +
        "  --reference <file|folder>    More references, searched before the files beside the assembly. Repeatable.\n" +
        "\n" +
        "Exit codes: 0 nothing found, 1 violations or errors (what would fail the build), 2 bad command line.\n";
}
