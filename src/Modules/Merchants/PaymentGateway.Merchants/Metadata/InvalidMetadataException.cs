namespace PaymentGateway.Merchants.Metadata;

internal sealed class InvalidMetadataException(string reason) : Exception(reason);
