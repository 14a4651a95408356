using System.Buffers;

namespace PaymentGateway.Opencharge;

/// <summary>Non-throwing hex decoding shared by the key and signature parsers.</summary>
internal static class HexText
{
    /// <summary>Decodes hex of either case into exactly <paramref name="destination"/>.Length bytes; false on anything else.</summary>
    public static bool TryDecodeExact(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        if (hex.Length != destination.Length * 2)
        {
            return false;
        }

        return Convert.FromHexString(hex, destination, out _, out var written) == OperationStatus.Done
            && written == destination.Length;
    }

    /// <summary>Drops one leading "0x"/"0X": wallets and the registry app sometimes print keys that way.</summary>
    public static ReadOnlySpan<char> StripOptional0x(ReadOnlySpan<char> hex) =>
        hex.Length >= 2 && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X') ? hex[2..] : hex;
}
