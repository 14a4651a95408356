using System.Globalization;

namespace PaymentGateway.Benchmark.Cli;

/// <summary>Progress lines go to stderr, so that stdout holds only the report.</summary>
internal static class Progress
{
    public static void Say(FormattableString text) =>
        Console.Error.WriteLine("bench: " + text.ToString(CultureInfo.InvariantCulture));
}
