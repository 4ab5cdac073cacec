namespace PledgeSite.Core.Entities;

/// <summary>Which instance runs a recurring job right now. One row per job; claimed with a conditional update.</summary>
[NotAudited]
public class JobLease
{
    public string JobName { get; set; } = "";
    public string? Owner { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
    public DateTime? LastSuccessUtc { get; set; }
    public string? LastError { get; set; }
}
