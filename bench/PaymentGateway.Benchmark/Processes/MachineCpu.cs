using System.Globalization;

namespace PaymentGateway.Benchmark.Processes;

/// <summary>
/// Busy CPU seconds of the whole machine so far, from the first line of <c>/proc/stat</c> (everything but idle and
/// iowait); null where there is no such file. On a shared machine this says how much of it others used meanwhile.
/// </summary>
internal static class MachineCpu
{
    private const double TicksPerSecond = 100; // USER_HZ

    public static double? BusySeconds()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(field => double.Parse(field, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal ...: idle is [3], iowait [4]; guest time is already in user.
            var total = ticks.Take(8).Sum();
            return (total - ticks[3] - ticks[4]) / TicksPerSecond;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException
                                              or IndexOutOfRangeException or InvalidOperationException)
        {
            return null;
        }
    }
}
