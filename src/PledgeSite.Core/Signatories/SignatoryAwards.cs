namespace PledgeSite.Core.Signatories;

/// <summary>An award a signatory has won, as shown on its public page.</summary>
public sealed record SignatoryAward(int Year, string Category, string Title, string? Url);

/// <summary>
/// Extension point for the recognition awards: the signatory page lists what this returns. The awards feature
/// registers its own implementation (<c>services.AddScoped&lt;ISignatoryAwards, ...&gt;()</c>); until then, nothing.
/// </summary>
public interface ISignatoryAwards
{
    Task<IReadOnlyList<SignatoryAward>> WonByAsync(int pledgeId, CancellationToken cancellationToken);
}

public sealed class NoSignatoryAwards : ISignatoryAwards
{
    public Task<IReadOnlyList<SignatoryAward>> WonByAsync(int pledgeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SignatoryAward>>([]);
}
