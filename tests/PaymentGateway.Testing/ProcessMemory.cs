using System.Globalization;

namespace PaymentGateway.Testing;

public static class ProcessMemory
{
    /// <summary>
    /// VmHWM ("high water mark") from /proc: the peak resident memory over the process's whole life, which is what a
    /// container memory limit has to cover. Null where /proc is missing (not Linux) or the process is gone.
    /// </summary>
    public static long? PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    continue;
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }
}
