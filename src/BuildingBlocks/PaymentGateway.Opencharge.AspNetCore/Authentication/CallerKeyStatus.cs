namespace PaymentGateway.Opencharge.AspNetCore.Authentication;

public enum CallerKeyStatus { Found, Unknown, Unavailable }
