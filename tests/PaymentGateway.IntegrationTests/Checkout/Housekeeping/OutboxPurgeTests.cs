using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Checkout.Features.Housekeeping;
using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Checkout.Housekeeping;

public sealed class OutboxPurgeTests(OutboxPurgeScenario scenario) : IClassFixture<OutboxPurgeScenario>
{
    [Fact]
    public async Task Only_messages_relayed_before_the_retention_are_purged_and_unrelayed_ones_are_kept_however_old()
    {
        var relayedLongAgo = await PlantAsync(occurredDaysAgo: 3, processedDaysAgo: 2);
        var relayedRecently = await PlantAsync(occurredDaysAgo: 0.1, processedDaysAgo: 0.05);
        var neverRelayed = await PlantAsync(occurredDaysAgo: 30, processedDaysAgo: null);

        await using var scope = scenario.Gateway.Services.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<PurgeRelayedEventsJob>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, deleted);
        Assert.False(await ExistsAsync(relayedLongAgo));
        Assert.True(await ExistsAsync(relayedRecently));
        Assert.True(await ExistsAsync(neverRelayed));
    }

    [Fact]
    public async Task The_purge_is_a_recurring_job_operators_can_see()
    {
        var registered = await Database.ScalarAsync<long>(scenario.ConnectionString,
            "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = $1", PurgeRelayedEventsJob.RecurringJobId);
        Assert.Equal(1L, registered);
    }

    private async Task<Guid> PlantAsync(double occurredDaysAgo, double? processedDaysAgo)
    {
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await Database.ScalarAsync<int>(scenario.ConnectionString, """
            INSERT INTO checkout.outbox_messages (id, type, payload, occurred_at, processed_at, attempts)
            VALUES ($1, 'PlantedByTest', '{}'::jsonb, $2, $3, 0)
            """,
            id, now.AddDays(-occurredDaysAgo), processedDaysAgo is { } days ? now.AddDays(-days) : DBNull.Value);
        return id;
    }

    private async Task<bool> ExistsAsync(Guid id) =>
        await Database.ScalarAsync<long>(scenario.ConnectionString, "SELECT count(*) FROM checkout.outbox_messages WHERE id = $1", id) == 1;
}
