using System.Runtime.InteropServices;

namespace PaymentGateway.Opencharge;

/// <summary>
/// bitcoin-core's libsecp256k1 through Secp256k1.Net's thin bindings. One context serves the whole process:
/// libsecp256k1 allows concurrent signing and verification on a context that is not being randomised.
/// Signatures are byte-identical to the managed library's (both use RFC 6979 nonces and emit low-S),
/// which the unit tests check on every vector and on random inputs.
/// </summary>
internal static class NativeSecp256k1
{
    public const int PublicKeyBytes = 64;
    private const int RecoverableSignatureBytes = 65;
    private const int SignatureBytes = 64;

    private static readonly Lazy<Secp256k1Net.Secp256k1?> Context = new(TryCreateContext);

    /// <summary>False where the native binary does not load (an unusual platform or a trimmed deployment).</summary>
    public static bool IsAvailable => Context.Value is not null;

    /// <summary>Parses a 33- or 65-byte SEC1 key into libsecp256k1's 64-byte internal form.</summary>
    public static bool TryParsePublicKey(ReadOnlySpan<byte> serialized, Span<byte> parsed) =>
        Required.EcPubkeyParse(parsed, serialized);

    /// <summary>Signs a 32-byte digest; writes r||s (64 bytes) and returns the recovery id (0 or 1 for low-S).</summary>
    public static bool TrySignRecoverable(ReadOnlySpan<byte> secret, ReadOnlySpan<byte> digest, Span<byte> compact, out int recoveryId)
    {
        recoveryId = -1;
        Span<byte> signature = stackalloc byte[RecoverableSignatureBytes];
        var context = Required;
        return context.EcdsaSignRecoverable(signature, digest, secret)
            && context.EcdsaRecoverableSignatureSerializeCompact(compact, out recoveryId, signature);
    }

    /// <summary>Verifies r||s (already checked for low-S by the caller) against a parsed public key.</summary>
    public static bool Verify(ReadOnlySpan<byte> parsedPublicKey, ReadOnlySpan<byte> compact, ReadOnlySpan<byte> digest)
    {
        Span<byte> signature = stackalloc byte[SignatureBytes];
        var context = Required;
        return context.EcdsaSignatureParseCompact(signature, compact)
            && context.EcdsaVerify(signature, digest, parsedPublicKey);
    }

    private static Secp256k1Net.Secp256k1 Required =>
        Context.Value ?? throw new InvalidOperationException("The native secp256k1 library is not loaded.");

    private static Secp256k1Net.Secp256k1? TryCreateContext()
    {
        try
        {
            return new Secp256k1Net.Secp256k1();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException
                                      or MarshalDirectiveException or TypeInitializationException)
        {
            return null;
        }
    }
}
