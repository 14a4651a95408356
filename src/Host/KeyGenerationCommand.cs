using PaymentGateway.Opencharge;

namespace PaymentGateway.Host;

/// <summary><c>dotnet run --project src/Host -- generate-key [file]</c>: a new signing key and its public key.</summary>
internal static class KeyGenerationCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "generate-key";

    public static int Run(string[] args)
    {
        var key = OpenchargePrivateKey.Generate();
        if (args.Length > 1)
        {
            // Written with owner-only permissions; the private key is never printed when a file is given.
            File.WriteAllText(args[1], key.ToHex() + Environment.NewLine);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(args[1], UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Console.WriteLine($"Private key written to {args[1]}");
        }
        else
        {
            Console.WriteLine($"privateKey: {key.ToHex()}");
        }
        Console.WriteLine($"publicKey:  {key.PublicKey.ToHex()}");
        return 0;
    }
}
