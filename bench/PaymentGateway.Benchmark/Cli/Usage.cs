namespace PaymentGateway.Benchmark.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            usage: PaymentGateway.Benchmark create|pay|expiry|multihost [options]

              create     POST /opencharge/checkout/create against the gateway and a minimal baseline server (signed
                         responses, nonce and session in one statement) on two secp256k1 libraries: the managed
                         NBitcoin (target >= 1.0x) and native libsecp256k1 (target >= 0.9x); p99 <= 1.2x the baseline's;
                         CPU per request of each server and of the PostgreSQL backends of its own database
              pay        pays --sessions sessions (default 1000) through POST /pay/{id} while a local MG accepts the
                         proofs: completions/s, proof lag p50/p99 (target p99 < 2 s), every proof once, gateway CPU
                         per payment (target <= 5 ms); with --compare-gateway the completions/s ratio (target >= 2x)
              expiry     expires --sessions due sessions (default 100000) with the gateway's sweep vs one plain UPDATE
                         (target <= 3x), and create throughput during a sweep vs without (target >= 0.8)
              multihost  1, 2 and 3 gateway processes on one database: creates and payments spread over them,
                         throughput and CPU (hosts, PostgreSQL, load generator) per host count, where the ceiling is,
                         and database checks that nothing was doubled or lost (--sessions paid, default 600)

            options:
              --postgres <conn>   admin connection string of a PostgreSQL server (default: env BENCH_POSTGRES)
              --seconds <n>       measured seconds per server (default 15)
              --warmup <n>        warm-up seconds per server, not counted (default 10)
              --slices <n>        the measured time is cut into n slices alternating between the servers (default 3)
              --pool <n>          at most n requests pre-built per slice (default 100000; sized from the rate just seen)
              --repo <dir>        repository root (default: found from the executable's location)
              --sessions <n>      pay, expiry, multihost: how many sessions
              --sweep-batch <n>   expiry: the sweep's batch size (default: the gateway's Checkout:Expiry:SweepBatchSize)
              --compare-gateway <dll>  pay: also run this gateway build, alternating slices with this one, and report
                                  completions/s and CPU per payment of both and their ratio (target >= 2.0x)
              --compare-label <text>   pay: the name of that build in the report (e.g. its commit)
              --baseline-pool <npgsql|gateway>  create: the baselines' connection pool settings: Npgsql's defaults
                                  (default) or the gateway's (No Reset On Close, Max Auto Prepare), to see how much of
                                  the gateway's lead comes from pool settings a minimal server could use as well

            exit code: 0 when every target of the scenario is met (and no errors), 1 when not, 2 on bad usage
            """);
        return 2;
    }
}
