using PaymentGateway.Sandbox;

var app = SandboxApplication.Build(args);
await app.RunAsync();

/// <summary>Public so tests can refer to the entry assembly (e.g. with WebApplicationFactory).</summary>
public partial class Program;
