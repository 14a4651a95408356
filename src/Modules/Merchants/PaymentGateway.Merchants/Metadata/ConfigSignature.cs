namespace PaymentGateway.Merchants.Metadata;

internal enum ConfigSignature { Valid, Invalid, Absent }
