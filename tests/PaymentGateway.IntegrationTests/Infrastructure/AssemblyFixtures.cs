using PaymentGateway.IntegrationTests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]
