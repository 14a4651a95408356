using PaymentGateway.Benchmark.Baseline;
using PaymentGateway.Benchmark.Cli;
using PaymentGateway.Benchmark.Scenarios;

// One subcommand per scenario. baseline-server is internal: the benchmark
// starts it as a child process so that it is measured like the gateway, as a process of its own.
if (args.Length == 0)
    return Usage.Print();
try
{
    return args[0] switch
    {
        "create" => await CreateScenario.RunAsync(BenchOptions.Parse(args[1..])),
        "pay" => await PayScenario.RunAsync(BenchOptions.Parse(args[1..])),
        "expiry" => await ExpiryScenario.RunAsync(BenchOptions.Parse(args[1..])),
        "multihost" => await MultiHostScenario.RunAsync(BenchOptions.Parse(args[1..])),
        BaselineServer.CommandName => await BaselineServer.RunAsync(args[1..]),
        _ => Usage.Print(),
    };
}
catch (UsageException exception)
{
    await Console.Error.WriteLineAsync("bench: " + exception.Message);
    return Usage.Print();
}
