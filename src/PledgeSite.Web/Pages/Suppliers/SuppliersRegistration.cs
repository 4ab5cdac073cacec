using PledgeSite.Core.Jobs;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Pages.Suppliers;

// In the Infrastructure namespace so Program.cs needs only its one AddSuppliers() line.
namespace PledgeSite.Web.Infrastructure;

public static class SuppliersRegistration
{
    /// <summary>Supplier declarations, the procurement check, the contract register and the supplier check API.</summary>
    public static WebApplicationBuilder AddSuppliers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<SupplierOptions>(builder.Configuration.GetSection(SupplierOptions.Section));
        services.AddScoped<SupplierDeclarations>();
        services.AddScoped<SupplierChecks>();
        services.AddScoped<ContractRegister>();
        services.AddScoped<ApiKeys>();
        services.AddRecurringJob<ContractMonitoringReminders>();
        // Runs before the foundation's rate limiter, so supplier-check calls are counted per API key.
        services.AddTransient<IStartupFilter, ApiKeyStartupFilter>();
        return builder;
    }
}
