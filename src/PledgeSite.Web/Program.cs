using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Media;
using PledgeSite.Web.USync;
using PledgeSite.Web.Pages.Content;
using PledgeSite.Web.Pages.Pledge;
using PledgeSite.Web.Pages.Signatories;
using PledgeSite.Web.Pages.ActionPlan;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(o =>
{
    o.AddServerHeader = false;
    o.Limits.MaxRequestBodySize = 12 * 1024 * 1024; // the largest upload (10 MB) plus form fields
});

builder.AddUmbracoPlatform();
builder.AddPledgeDatabase();
builder.AddSiteFoundation();
builder.AddSiteEmail();
builder.AddSiteProtection();
builder.AddStaffAccounts();
builder.AddSitePages();
builder.AddSharedState();
builder.AddMediaLibrary().AddUSync();
builder.AddContentSite();
builder.AddPledges();
builder.AddSignatories();
builder.AddAwards();
builder.AddSuppliers();
builder.AddActionPlan();

var app = builder.Build();
UmbracoPlatform.RefuseDevelopmentAdministrator(app);

if (await CommandLine.TryRunAsync(app, args)) return;

// On a new database our tables come first: Umbraco's start reads the data-protection keys kept in them. Otherwise our
// migrations, and then our starter data, run on another thread while Umbraco boots (on SQLite EF's "async" calls run
// synchronously), and the site listens only once both are done.
Task preparing;
if (await app.OurTablesExistAsync())
{
    preparing = Task.Run(() => app.InitialiseDatabaseAsync());
}
else
{
    await app.MigrateDatabaseAsync();
    preparing = Task.Run(() => app.SeedDatabaseAsync());
}
await app.BootUmbracoAsync();
app.UseSitePipeline();
await preparing;
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
