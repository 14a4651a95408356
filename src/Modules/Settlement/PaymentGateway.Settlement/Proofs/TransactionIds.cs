using System.Security.Cryptography;

namespace PaymentGateway.Settlement.Proofs;

/// <summary>
/// Our txids: <c>pg_</c> + 26 lowercase base32 characters (130 random bits), unique in our namespace (the proofs
/// primary key guarantees it) and unguessable, so a txid reveals nothing about volume or order.
/// </summary>
internal static class TransactionIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New() => "pg_" + RandomNumberGenerator.GetString(Alphabet, 26);
}
