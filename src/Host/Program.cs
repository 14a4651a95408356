using PaymentGateway.Host;
using PaymentGateway.Opencharge.AspNetCore.Identity;

if (KeyGenerationCommand.IsRequested(args))
    return KeyGenerationCommand.Run(args);

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddGateway();
}
catch (GatewayConfigurationException exception)
{
    // A gateway that cannot sign or does not know its partners must not start; say exactly what to fix.
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseGateway();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so the integration tests can host the gateway with WebApplicationFactory.</summary>
public partial class Program;
