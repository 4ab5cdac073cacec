namespace PledgeSite.Core.Jobs;

/// <summary>Names this running instance in leases, so several instances can share one database safely.</summary>
public sealed class InstanceIdentity
{
    public string Id { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
}
