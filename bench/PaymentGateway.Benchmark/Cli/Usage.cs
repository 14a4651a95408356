namespace PaymentGateway.Benchmark.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            usage: PaymentGateway.Benchmark create [options]

              create     POST /opencharge/checkout/create against the gateway and a minimal baseline server

            options:
              --postgres <conn>   admin connection string of a PostgreSQL server (default: env BENCH_POSTGRES)
              --seconds <n>       measured seconds per server (default 15)
              --warmup <n>        warm-up seconds per server, not counted (default 3)
              --slices <n>        the measured time is cut into n slices alternating between the servers (default 3)
              --pool <n>          at most n requests pre-built per slice (default 100000; sized from the rate just seen)
              --baseline-signs-responses
                                  diagnostic: the baseline also signs its responses (PROTOCOL.md 4.5) as the gateway does
              --repo <dir>        repository root (default: found from the executable's location)

            exit code: 0 when every target is met (throughput >= 0.7 x baseline, no errors), 1 when not, 2 on bad usage
            """);
        return 2;
    }
}
