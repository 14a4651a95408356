var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Entry point, public so the integration tests can host the gateway with WebApplicationFactory.</summary>
public partial class Program;
