using System.Diagnostics;
using System.Globalization;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Load;
using PaymentGateway.Benchmark.Network;
using PaymentGateway.Benchmark.Processes;
using PaymentGateway.Benchmark.Report;

namespace PaymentGateway.Benchmark.Scenarios;

/// <summary>
/// <c>pay</c>: N sessions paid through POST /pay/{id} by <see cref="LoadRunner.Connections"/> workers while the
/// merchant gateway's webhook (in this process) accepts the proofs. Opening the sessions and loading their pages is
/// set-up, not timed. Measures completions/s, the gateway's CPU per payment and how long after the payment the MG has
/// its proof. With <see cref="BenchOptions.CompareGateway"/> a second build (e.g. the previous main) runs too, each on
/// its own database, in slices that alternate between the two (A B, B A, ...) so that a noisy machine affects both
/// alike; the report gives both and the ratio.
/// </summary>
internal static class PayScenario
{
    public const int DefaultSessions = 1000;
    // Enough payments for the JIT to finish tiering the pay path up (measured: with 100, a fifth of the CPU in the
    // measured part was still tier-1 compilation), so CPU per payment is the steady state's.
    private const int WarmupSessions = 600;
    private static readonly TimeSpan ProofWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DuplicateGrace = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var count = options.Sessions ?? DefaultSessions;
        var network = new BenchNetwork();
        var proofs = new ProofInbox();
        await using var partners = await PartnerServer.StartAsync();
        network.Publish(partners, proofs);
        Progress.Say($"{Environment.ProcessorCount} cores; MG webhook at {partners.BaseUrl}");

        var builds = new List<PayBuild>();
        try
        {
            builds.Add(await StartAsync("this build", RepositoryLayout.GatewayDll(options.RepositoryRoot), "_a", network, partners, options));
            if (options.CompareGateway is { } other)
                builds.Add(await StartAsync(options.CompareLabel ?? other, other, "_b", network, partners, options));

            if (options.Warmup > TimeSpan.Zero)
            {
                // The first payments pay for JIT, connection pools and the MG's metadata fetch: not the steady state.
                foreach (var build in builds)
                {
                    await build.Runner.PayAllAsync(await OpenAsync(build, WarmupSessions, network, "warm-up"));
                    Progress.Say($"{build.Label}: warm-up paid {WarmupSessions} sessions, not counted");
                }
            }

            var slices = builds.Count == 1 ? 1 : Math.Max(2, options.Slices);
            for (var slice = 0; slice < slices; slice++)
            {
                var size = count / slices + (slice < count % slices ? 1 : 0);
                var order = slice % 2 == 0 ? builds : Enumerable.Reverse(builds).ToList();
                foreach (var build in order)
                    await MeasureSliceAsync(build, await OpenAsync(build, size, network, $"slice {slice + 1}/{slices}"), proofs);
            }
            await Task.Delay(DuplicateGrace);

            Progress.Say($"stopping the gateways and dropping the databases");
            var results = builds.Select(build => (build.Label, build.Result(proofs), (IReadOnlyList<double>)build.SliceRates)).ToList();
            var title = string.Create(CultureInfo.InvariantCulture,
                $"POST /pay/{{sessionId}} (card form, 303 to the merchant): {count} sessions per build, {LoadRunner.Connections} connections, MG webhook accepting proofs, {Environment.ProcessorCount} cores shared with the load generator");
            return PayReport.Print(title, results) ? 0 : 1;
        }
        finally
        {
            foreach (var build in builds)
                await build.DisposeAsync();
        }
    }

    private static async Task<PayBuild> StartAsync(string label, string dll, string suffix, BenchNetwork network,
        PartnerServer partners, BenchOptions options)
    {
        var database = await ThrowawayDatabase.CreateAsync(options.PostgresAdmin, "bench" + suffix);
        try
        {
            var gateway = await GatewayLauncher.StartAsync(dll, network, partners, database);
            Progress.Say($"{label}: pid {gateway.Pid} on {gateway.BaseUrl}, database {database.Describe()}");
            return new PayBuild(label, database, gateway);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private static async Task MeasureSliceAsync(PayBuild build, PaymentForm[] forms, ProofInbox proofs)
    {
        var cpuBefore = build.Gateway.CpuTime();
        var outcomes = await build.Runner.PayAllAsync(forms);
        await WaitForProofsAsync(outcomes, proofs);
        // CPU per payment (credit, proof and delivery included) depends little on how busy the shared machine is.
        build.Record(outcomes, build.Gateway.CpuTime() - cpuBefore);
        Progress.Say($"{build.Label}: {outcomes.Count(o => o.Completed)} paid at {build.SliceRates[^1]:0.0}/s");
    }

    private static async Task<PaymentForm[]> OpenAsync(PayBuild build, int count, BenchNetwork network, string name)
    {
        var clock = Stopwatch.StartNew();
        var forms = await SessionOpener.OpenAsync(build.Gateway.BaseUrl, CheckoutRequestFactory.Build(count, network));
        Progress.Say($"{build.Label}, {name}: opened {forms.Length} sessions and loaded their pages in {clock.Elapsed.TotalSeconds:0.0} s");
        return forms;
    }

    /// <summary>Proofs normally arrive before the 303; a delivery retried in the background comes later. Waits for
    /// every paid session's proof (or <see cref="ProofWait"/>); late duplicates are looked for once, at the end.</summary>
    private static async Task WaitForProofsAsync(PaymentOutcome[] outcomes, ProofInbox proofs)
    {
        var clock = Stopwatch.StartNew();
        var paid = outcomes.Where(o => o.Completed).Select(o => o.Form.OrderId).ToArray();
        while (clock.Elapsed < ProofWait && paid.Any(order => proofs.ArrivalOf(order) is null))
            await Task.Delay(20);
    }
}
