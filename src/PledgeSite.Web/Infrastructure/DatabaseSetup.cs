using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Auditing;
using PledgeSite.Core.Data;
using PledgeSite.Core.USync;

namespace PledgeSite.Web.Infrastructure;

public static class DatabaseSetup
{
    private static readonly SqliteConnectionSettings ConnectionSettings = new();

    /// <summary>SQLite by default; SQL Server when <c>Database:Provider</c> is "SqlServer". Each has its own migrations assembly.</summary>
    public static WebApplicationBuilder AddPledgeDatabase(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddDbContext<PledgeDbContext>((services, options) =>
        {
            if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
            {
                var connection = builder.Configuration.GetConnectionString("SqlServer");
                if (string.IsNullOrWhiteSpace(connection))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
                options.UseSqlServer(connection, sql => sql
                    .MigrationsAssembly("PledgeSite.Migrations.SqlServer")
                    .EnableRetryOnFailure());
            }
            else
            {
                options.UseSqlite(SqliteConnectionString(builder.Configuration, contentRoot), sqlite => sqlite
                    .MigrationsAssembly("PledgeSite.Migrations.Sqlite"));
                options.AddInterceptors(ConnectionSettings);
            }
            options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
            options.AddInterceptors(services.GetRequiredService<USyncChangeInterceptor>());
        });
        return builder;
    }

    /// <summary>Resolves a relative SQLite file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var csb = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Sqlite") is { Length: > 0 } s ? s : "Data Source=App_Data/pledgesite.db");
        if (csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal)
            && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }
        if (csb.DataSource != ":memory:") Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        // Several requests (and instances on one host) write at once: wait for the lock rather than fail.
        csb.DefaultTimeout = 30;
        csb.Pooling = true;
        return csb.ToString();
    }
}
