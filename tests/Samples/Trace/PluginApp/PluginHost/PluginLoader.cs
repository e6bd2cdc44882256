using System;
using System.IO;
using System.Reflection;

namespace PluginHost;

public static class PluginLoader
{
    /// <summary>Creates every public type named "*.Plugin" in the .dll files of a folder; returns how many.</summary>
    public static int CreateAll(string folder)
    {
        int created = 0;
        foreach (string file in Directory.GetFiles(folder, "*.dll"))
        {
            foreach (var type in Assembly.LoadFrom(file).GetExportedTypes())
            {
                if (type.Name == "Plugin")
                {
                    Activator.CreateInstance(type);
                    created++;
                }
            }
        }

        return created;
    }
}
