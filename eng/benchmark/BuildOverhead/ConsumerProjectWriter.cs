using System.IO;
using System.Text;

namespace InitOrder.Benchmarks.BuildOverhead;

/// <summary>
/// Writes the generated consumer: many small source files and some InitOrder patches. The variant
/// without the package gets a stand-in attribute instead, so both compile the very same sources.
/// </summary>
internal static class ConsumerProjectWriter
{
    private const int Namespaces = 20;

    public static string Write(string folder, BuildVariant variant, string packageVersion, int files, int patches)
    {
        Directory.CreateDirectory(folder);
        string reference = BuildVariants.ProjectContent(variant, packageVersion);
        if (BuildVariants.GlobalConfig(variant) is { } globalConfig)
        {
            File.WriteAllText(Path.Combine(folder, "NoInitOrderAnalyzers.globalconfig"), globalConfig);
        }

        string project = Path.Combine(folder, "Consumer.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              {reference}
            </Project>
            """);
        if (variant == BuildVariant.Without)
        {
            File.WriteAllText(Path.Combine(folder, "InitPatchAttribute.cs"), StandInAttribute);
        }

        for (int i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(folder, "Type" + i + ".cs"), Source(i, i < patches));
        }

        return project;
    }

    public static string Source(int index, bool withPatch)
    {
        var text = new StringBuilder();
        text.Append("namespace Consumer.Area").Append(index % Namespaces).Append(";\n\n");
        text.Append("public static class Type").Append(index).Append("\n{\n");
        text.Append("    public static int Value = ").Append(index).Append(";\n\n");
        text.Append("    public static int Compute(int x)\n    {\n        int sum = x;\n");
        text.Append("        for (int k = 0; k < 3; k++)\n        {\n            sum += Helper(k) * Value;\n        }\n\n");
        text.Append("        return sum").Append(index == 0 ? "" : " + global::Consumer.Area" + ((index - 1) % Namespaces) + ".Type" + (index - 1) + ".Twice(x)").Append(";\n    }\n\n");
        text.Append("    public static int Twice(int x) => x * 2 + Value;\n\n");
        text.Append("    private static int Helper(int k) => k switch { 0 => 1, 1 => 2, _ => Value };\n\n");
        text.Append("    public static string Describe() => $\"Type").Append(index).Append(": {Value}\";\n}\n");
        if (withPatch)
        {
            text.Append("\ninternal static class Patch").Append(index).Append("\n{\n");
            text.Append("    [InitOrder.InitPatch(typeof(Type").Append(index).Append("), Order = ").Append(index).Append(")]\n");
            text.Append("    internal static void Apply() => Type").Append(index).Append(".Value = -").Append(index).Append(";\n}\n");
        }

        return text.ToString();
    }

    private const string StandInAttribute = """
        namespace InitOrder
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            internal sealed class InitPatchAttribute : System.Attribute
            {
                public InitPatchAttribute(params System.Type[] targets) { }

                public int Order { get; set; }
            }
        }
        """;
}
