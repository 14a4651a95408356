namespace PaymentGateway.Operators.SignIn;

/// <summary>The outcome of checking one pair of credentials and the PBKDF2 iterations it cost (the same for every pair).</summary>
internal readonly record struct SignInCheck(OperatorUser? User, int Pbkdf2Iterations);
