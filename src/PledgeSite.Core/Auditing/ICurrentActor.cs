namespace PledgeSite.Core.Auditing;

/// <summary>Who is making the current change: a staff user, a member of the public, or the system.</summary>
public interface ICurrentActor
{
    string Name { get; }
    string? UserId { get; }
    string? IpAddress { get; }
}

/// <summary>Used outside a web request (background jobs, CLI commands).</summary>
public sealed class SystemActor : ICurrentActor
{
    public string Name => "system";
    public string? UserId => null;
    public string? IpAddress => null;
}
