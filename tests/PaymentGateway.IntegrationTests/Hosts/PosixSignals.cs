using System.Runtime.InteropServices;

namespace PaymentGateway.IntegrationTests.Hosts;

/// <summary>
/// SIGSTOP and SIGCONT for a child process: a test freezes a host at the moment it holds a lock, then kills it there.
/// A direct system call, because starting <c>kill</c> takes long enough for a millisecond-long hold to end.
/// </summary>
internal static partial class PosixSignals
{
    // Linux numbers (x86-64 and arm64).
    private const int SigCont = 18;
    private const int SigStop = 19;

    public static void Stop(int pid) => Send(pid, SigStop);

    public static void Continue(int pid) => Send(pid, SigCont);

    private static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
            throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
