using System.Globalization;
using PaymentGateway.Opencharge;

namespace PaymentGateway.Benchmark.Baseline;

/// <summary>
/// What the baseline knows up front, from environment variables set by <see cref="BaselineLauncher"/> (never from the
/// command line, where other users of the machine could read the connection string).
/// </summary>
internal sealed record BaselineSettings(string ConnectionString, string CallerOcid, OpenchargePublicKey CallerKey,
    OpenchargePublicKey MerchantKey, string BaseUrl, ResponseSigner ResponseSigner)
{
    public const string ConnectionVariable = "BASELINE_CONNECTION";
    public const string CallerOcidVariable = "BASELINE_CALLER_OCID";
    public const string CallerKeyVariable = "BASELINE_CALLER_KEY";
    public const string MerchantKeyVariable = "BASELINE_MERCHANT_KEY";
    public const string BaseUrlVariable = "BASELINE_BASE_URL";
    public const string SigningOcidVariable = "BASELINE_SIGNING_OCID";
    public const string SigningKeyVariable = "BASELINE_SIGNING_KEY";

    public static BaselineSettings FromEnvironment() => new(
        Required(ConnectionVariable),
        Required(CallerOcidVariable),
        OpenchargePublicKey.Parse(Required(CallerKeyVariable)),
        OpenchargePublicKey.Parse(Required(MerchantKeyVariable)),
        Required(BaseUrlVariable),
        new ResponseSigner(long.Parse(Required(SigningOcidVariable), CultureInfo.InvariantCulture),
            OpenchargePrivateKey.Parse(Required(SigningKeyVariable))));

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set; the baseline server is started by the benchmark.");
}
