using PaymentGateway.IntegrationTests.Checkout.Fuzzing;

namespace PaymentGateway.IntegrationTests.Transfers.Fuzzing;

/// <summary>
/// One generated call of /transfer/create or /transfer/webhook: who signs the request, the body and headers
/// (<see cref="FuzzCase"/>, sent by <see cref="FuzzRequests"/> like the checkout fuzzer's), and what the body says.
/// </summary>
internal sealed record TransferFuzzRequest(string Endpoint, FuzzParties Parties, FuzzCase Case, string Description)
{
    public override string ToString() => $"{Endpoint} signed by {Parties.Caller.Ocid}; {Description}; {Case}";
}
