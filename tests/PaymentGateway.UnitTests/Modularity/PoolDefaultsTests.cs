using Npgsql;
using PaymentGateway.Modularity.Persistence;

namespace PaymentGateway.UnitTests.Modularity;

public sealed class PoolDefaultsTests
{
    [Fact]
    public void The_shared_pool_keeps_sessions_by_default()
    {
        var built = new NpgsqlConnectionStringBuilder(ModuleDatabaseExtensions.WithPoolDefaults("Host=db;Username=gw;Password=secret;Database=pg"));

        Assert.True(built.NoResetOnClose);
        Assert.Equal(64, built.MaxAutoPrepare);
        Assert.Equal("secret", built.Password);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NoResetOnClose=false")]
    public void A_connection_string_that_sets_it_wins(string connectionString)
    {
        var built = new NpgsqlConnectionStringBuilder(ModuleDatabaseExtensions.WithPoolDefaults(connectionString));

        Assert.False(built.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=0")]
    public void A_connection_string_can_turn_preparation_off(string connectionString)
    {
        var built = new NpgsqlConnectionStringBuilder(ModuleDatabaseExtensions.WithPoolDefaults(connectionString));

        Assert.Equal(0, built.MaxAutoPrepare);
        Assert.True(built.NoResetOnClose);
    }
}
