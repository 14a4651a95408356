namespace PaymentGateway.Settlement.Jobs;

/// <summary>Thrown so that the job of the last attempt ends Failed and shows up as such in the dashboard.</summary>
internal sealed class DeliveryDeadException(string txid, long recipientOcid, string? reason)
    : Exception($"Proof {txid} could not be delivered to OCID {recipientOcid}; the retries are exhausted. Last reason: {reason}. Requeue this job to try again.");
