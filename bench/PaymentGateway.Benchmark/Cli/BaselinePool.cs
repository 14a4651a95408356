namespace PaymentGateway.Benchmark.Cli;

/// <summary>--baseline-pool: the connection pool settings the create scenario's baseline servers run with.</summary>
internal enum BaselinePool
{
    /// <summary>Npgsql's defaults, as the baseline was defined and first measured.</summary>
    Npgsql,

    /// <summary>The pool defaults the gateway applies to its own connection string.</summary>
    Gateway,
}
