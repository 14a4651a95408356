using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Identity;

/// <summary>One Opencharge identity played by the sandbox: one OCID, one key pair (docs/protocol.md, Parties and OCIDs).</summary>
internal sealed record SandboxParty(string Name, long Ocid, OpenchargePrivateKey Key)
{
    public OpenchargePublicKey PublicKey => Key.PublicKey;

    // Records print every property; keep the key out of any log line or exception message.
    public override string ToString() => $"{Name} (OCID {Ocid}, public key {PublicKey.ToHex()})";
}
