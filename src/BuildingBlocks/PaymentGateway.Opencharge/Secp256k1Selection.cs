namespace PaymentGateway.Opencharge;

/// <summary>
/// Picks the secp256k1 implementation once per process: native libsecp256k1 when its binary loads, the managed
/// library otherwise. <c>OPENCHARGE_SECP256K1=managed</c> forces the managed one (to compare, or to rule the native
/// binary out while diagnosing).
/// </summary>
public static class Secp256k1Selection
{
    /// <summary>The environment variable that can force <see cref="Secp256k1Backend.Managed"/>.</summary>
    public const string EnvironmentVariable = "OPENCHARGE_SECP256K1";

    private static readonly Lazy<Secp256k1Backend> Selected = new(Select);

    /// <summary>The implementation this process uses.</summary>
    public static Secp256k1Backend Current => Selected.Value;

    internal static bool UseNative => Selected.Value == Secp256k1Backend.Native;

    private static Secp256k1Backend Select()
    {
        var asked = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.Equals(asked, "managed", StringComparison.OrdinalIgnoreCase))
        {
            return Secp256k1Backend.Managed;
        }

        return NativeSecp256k1.IsAvailable ? Secp256k1Backend.Native : Secp256k1Backend.Managed;
    }
}
