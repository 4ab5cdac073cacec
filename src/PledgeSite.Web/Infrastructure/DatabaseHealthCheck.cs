using Microsoft.Extensions.Diagnostics.HealthChecks;
using PledgeSite.Core.Data;

namespace PledgeSite.Web.Infrastructure;

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(PledgeDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Database unreachable");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable", ex);
        }
    }
}
