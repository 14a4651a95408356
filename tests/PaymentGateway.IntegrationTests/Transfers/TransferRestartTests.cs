using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.Transfers;

public sealed class TransferRestartTests(TransferRestartScenario scenario, ITestOutputHelper output) : IClassFixture<TransferRestartScenario>
{
    [Fact]
    public async Task A_host_stopped_between_the_ledger_commit_and_the_delivery_delivers_the_proof_once_after_restart()
    {
        await scenario.FundAsync(scenario.MerchantGateway, "4.00", "USD");

        // This host commits the transfer and queues its first delivery, but has no Hangfire server to run it: it stops first.
        var stopped = await scenario.StartGatewayAsync();
        string txid;
        using (var response = await scenario.TransferAsync(TransferScenario.TransferBody("restart-1", scenario.Merchant.Ocid, "4.00", "USD"), gateway: stopped))
            txid = (await response.AssertOkJsonAsync()).GetProperty("proof").GetProperty("txid").GetString()!;
        await stopped.DisposeAsync();
        Assert.Empty(scenario.DeliveriesOf(scenario.Merchant.Ocid, txid));
        Assert.Equal("pending", await scenario.Ledger.ScalarAsync<string>("SELECT state FROM settlement.deliveries WHERE txid = $1", txid));

        // The restarted host runs both the queued job and the start-up resume sweep: the lease lets only one send.
        await using var restarted = await scenario.StartGatewayAsync(new Dictionary<string, string?> { ["Hangfire:Server:Enabled"] = "true" });
        await Eventually.GetAsync(() => scenario.Ledger.ScalarAsync<string>("SELECT state FROM settlement.deliveries WHERE txid = $1", txid),
            state => state == "delivered", TimeSpan.FromSeconds(60), "delivered after restart");
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);

        var deliveries = scenario.DeliveriesOf(scenario.Merchant.Ocid, txid);
        output.WriteLine($"deliveries after restart: {deliveries.Count}");
        Assert.Single(deliveries);
        Assert.Equal(0.00m, await scenario.Ledger.BalanceAsync(scenario.MerchantGateway.Ocid, "USD"));
        await scenario.Ledger.AssertTrialBalanceIsZeroAsync();
    }
}
