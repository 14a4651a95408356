using PaymentGateway.Opencharge;

namespace PaymentGateway.Testing;

/// <summary>A party of the Opencharge network in a test: its OCID, its own signing key, a display name.</summary>
public sealed record TestParty(long Ocid, OpenchargePrivateKey Key, string Name)
{
    public static TestParty Create(long ocid, string name) => new(ocid, OpenchargePrivateKey.Generate(), name);
}
