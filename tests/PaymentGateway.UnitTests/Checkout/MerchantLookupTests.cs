using Microsoft.Extensions.Logging.Abstractions;
using PaymentGateway.Checkout.Features.HostedPage;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge;

namespace PaymentGateway.UnitTests.Checkout;

public sealed class MerchantLookupTests
{
    [Fact]
    public async Task The_published_name_and_icon_are_used()
    {
        var lookup = new MerchantLookup(new Directory(_ => Task.FromResult(Profile("Shop", "https://shop.example/i.png"))),
            NullLogger<MerchantLookup>.Instance);

        var merchant = await lookup.GetAsync(500, TestContext.Current.CancellationToken);

        Assert.Equal(("Shop", "https://shop.example/i.png"), (merchant.Name, merchant.Icon));
    }

    [Fact]
    public async Task Unavailable_metadata_falls_back_to_a_generic_name()
    {
        var lookup = new MerchantLookup(new Directory(ocid => throw new PartnerUnavailableException(ocid, "down")),
            NullLogger<MerchantLookup>.Instance);

        var merchant = await lookup.GetAsync(500, TestContext.Current.CancellationToken);

        Assert.Equal(("Merchant 500", null), (merchant.Name, merchant.Icon));
    }

    private static PartnerProfile Profile(string name, string? icon) =>
        new(500, name, icon, OpenchargePrivateKey.Generate().PublicKey, "https://shop.example/oc", [], [], []);

    private sealed class Directory(Func<long, Task<PartnerProfile>> get) : IPartnerDirectory
    {
        public bool IsKnown(long ocid) => true;

        public Task<PartnerProfile> GetAsync(long ocid, CancellationToken cancellationToken) => get(ocid);
    }
}
