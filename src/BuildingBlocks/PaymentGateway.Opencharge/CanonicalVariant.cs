namespace PaymentGateway.Opencharge;

public enum CanonicalVariant { R, T }
