using System;
using System.IO;

namespace PluginHost;

public static class PluginLoader
{
    /// <summary>Creates the plugin type each "*.plugin" file of a folder names: one "assembly-file type-name" line.</summary>
    public static int CreateAll(string folder)
    {
        int created = 0;
        foreach (string file in Directory.GetFiles(folder, "*.plugin"))
        {
            string[] parts = File.ReadAllText(file).Trim().Split(' ');
            Activator.CreateInstanceFrom(Path.Combine(folder, parts[0]), parts[1]);
            created++;
        }

        return created;
    }
}
