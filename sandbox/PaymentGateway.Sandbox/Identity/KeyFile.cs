using PaymentGateway.Opencharge;

namespace PaymentGateway.Sandbox.Identity;

/// <summary>A 64-hex private key file: loaded if present, otherwise created owner-only so a restart keeps the identity.</summary>
internal static class KeyFile
{
    public static OpenchargePrivateKey LoadOrCreate(string path, out bool created)
    {
        if (File.Exists(path))
        {
            created = false;
            // The error names the file only: echoing the content could print a (slightly mistyped) private key.
            return OpenchargePrivateKey.TryParse(File.ReadAllText(path).Trim(), out var existing)
                ? existing!
                : throw new InvalidOperationException($"{path} does not hold a 64-hex secp256k1 private key.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        var key = OpenchargePrivateKey.Generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // created 600, never briefly world-readable
        using (var writer = new StreamWriter(path, options))
            writer.Write(key.ToHex() + "\n");

        created = true;
        return key;
    }
}
