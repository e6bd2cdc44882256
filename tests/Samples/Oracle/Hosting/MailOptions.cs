using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OracleHosting;

internal static class MailOptions
{
    [InitOrder.InitPatch(typeof(StartupMail))]
    internal static void BindMail()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:Host"] = "smtp.local" })
            .Build();
        using var provider = new ServiceCollection().Configure<MailSettings>(configuration.GetSection("Mail")).BuildServiceProvider();
        StartupMail.Host = provider.GetRequiredService<IOptions<MailSettings>>().Value.Host;
    }
}
