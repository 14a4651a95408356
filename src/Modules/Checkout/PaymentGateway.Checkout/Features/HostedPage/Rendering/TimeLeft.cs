using System.Globalization;

namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>"29 min 5 s" / "1 h 10 min": the server-rendered countdown, kept in step with countdown.js.</summary>
internal static class TimeLeft
{
    public static string Format(TimeSpan left)
    {
        var seconds = Math.Max(0, (long)left.TotalSeconds);
        var minutes = seconds / 60;
        return minutes >= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes} min {seconds % 60} s");
    }
}
