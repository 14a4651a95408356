namespace PaymentGateway.Opencharge;

/// <summary>Which secp256k1 implementation signs and verifies in this process.</summary>
public enum Secp256k1Backend
{
    /// <summary>bitcoin-core's libsecp256k1 (C), through Secp256k1.Net: about four times faster.</summary>
    Native,

    /// <summary>NBitcoin.Secp256k1 (C#): used where no native binary loads, or when asked for.</summary>
    Managed,
}
