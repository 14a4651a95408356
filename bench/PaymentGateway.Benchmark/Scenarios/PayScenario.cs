using System.Diagnostics;
using System.Globalization;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Benchmark.Processes;
using PaymentGateway.Benchmark.Report;
using PaymentGateway.Testing;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>
/// <c>pay</c>: N sessions paid through POST /pay/{id} by <see cref="LoadRunner.Connections"/> workers while the
/// merchant gateway's webhook (in this process) accepts the proofs. Opening the sessions and loading their pages is
/// set-up, not timed. Measures completions/s and how long after the payment the MG has its proof.
/// </summary>
internal static class PayScenario
{
    public const int DefaultSessions = 1000;
    private const int WarmupSessions = 100;
    private static readonly TimeSpan ProofWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DuplicateGrace = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var count = options.Sessions ?? DefaultSessions;
        var network = new BenchNetwork();
        var proofs = new ProofInbox();
        await using var partners = await PartnerMetadataServer.StartAsync(
        [
            (network.MerchantGateway, [network.Gateway.Ocid]),
            (network.Merchant, []),
        ], proofs);
        await using var database = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench");
        Progress.Say($"{Environment.ProcessorCount} cores; database {database.Describe()}; MG webhook at {partners.BaseUrl}");
        await using var gateway = await GatewayLauncher.StartAsync(RepositoryLayout.GatewayDll(options.RepositoryRoot), network,
            partners, database);
        Progress.Say($"gateway: pid {gateway.Pid} on {gateway.BaseUrl}");
        using var runner = new PaymentRunner(gateway.BaseUrl);

        if (options.Warmup > TimeSpan.Zero)
        {
            // The first payments pay for JIT, connection pools and the MG's metadata fetch: not the steady state.
            var warmup = await OpenAsync(gateway.BaseUrl, WarmupSessions, network, "warm-up");
            await runner.PayAllAsync(warmup);
            Progress.Say($"warm-up: paid {warmup.Length} sessions, not counted");
        }
        var forms = await OpenAsync(gateway.BaseUrl, count, network, "measured");
        Progress.Say($"paying {forms.Length} sessions with {LoadRunner.Connections} workers...");
        var cpuBefore = gateway.CpuTime();
        var outcomes = await runner.PayAllAsync(forms);
        await WaitForProofsAsync(outcomes, proofs);
        // CPU per payment (credit, proof and delivery included) does not depend on how busy the shared machine is.
        var cpu = gateway.CpuTime() - cpuBefore;

        var result = PayResult.From(outcomes, proofs, gateway.PeakResidentBytes(), cpu, runner.FirstError);
        Progress.Say($"stopping the gateway and dropping the database");
        var title = string.Create(CultureInfo.InvariantCulture,
            $"POST /pay/{{sessionId}} (card form, 303 to the merchant): {count} sessions, {LoadRunner.Connections} connections, MG webhook accepting proofs, {Environment.ProcessorCount} cores shared with the load generator");
        return PayReport.Print(title, result) ? 0 : 1;
    }

    private static async Task<PaymentForm[]> OpenAsync(Uri baseUrl, int count, BenchNetwork network, string name)
    {
        var clock = Stopwatch.StartNew();
        var forms = await SessionOpener.OpenAsync(baseUrl, CheckoutRequestFactory.Build(count, network));
        Progress.Say($"{name}: opened {forms.Length} sessions and loaded their pages in {clock.Elapsed.TotalSeconds:0.0} s");
        return forms;
    }

    /// <summary>
    /// Proofs normally arrive before the 303; a delivery retried in the background comes later. Waits for every paid
    /// session's proof (or <see cref="ProofWait"/>), then a little longer so that late duplicates are seen too.
    /// </summary>
    private static async Task WaitForProofsAsync(PaymentOutcome[] outcomes, ProofInbox proofs)
    {
        var clock = Stopwatch.StartNew();
        var paid = outcomes.Where(o => o.Completed).Select(o => o.Form.OrderId).ToArray();
        while (clock.Elapsed < ProofWait && paid.Any(order => proofs.ArrivalOf(order) is null))
            await Task.Delay(100);
        await Task.Delay(DuplicateGrace);
    }
}
