using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using OracleProbe;

namespace OracleHosting;

internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("[hosting] greeter said: " + StartupGreeting.Text);
        Console.WriteLine("[hosting] mail host: " + StartupMail.Host);
        Console.WriteLine("[hosting] audit entries at start-up: " + StartupLog.Entries);

        var archive = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Archive:Folder"] = "invoices" })
            .Build()
            .GetSection("Archive")
            .Get<ArchiveSettings>();
        Console.WriteLine("[hosting] archive folder: " + archive?.Folder);

        PatchLog.Print("hosting", nameof(Salutation), Salutation.SawPatch);
        PatchLog.Print("hosting", nameof(Volume), Volume.SawPatch);
        PatchLog.Print("hosting", nameof(MailDefaults), MailDefaults.SawPatch);
        PatchLog.Print("hosting", nameof(ArchiveDefaults), ArchiveDefaults.SawPatch);
        PatchLog.Print("hosting", nameof(AuditChannel), AuditChannel.SawPatch);
        PatchLog.Print("hosting", nameof(SyslogChannel), SyslogChannel.SawPatch);
        return 0;
    }
}
