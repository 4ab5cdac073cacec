using Umbraco.Cms.Core.Packaging;
using Umbraco.Cms.Infrastructure.Migrations;

namespace PledgeSite.Web.Content;

/// <summary>
/// Creates the site's languages, data types, block element types, document types and templates in Umbraco
/// (<see cref="ContentSchema"/>). Umbraco runs package migration plans on start and records how far each has run.
/// </summary>
public sealed class ContentTypesMigrationPlan : PackageMigrationPlan
{
    public ContentTypesMigrationPlan() : base("PledgeSite content types") { }

    protected override void DefinePlan() =>
        To<CreateContentTypes>(new Guid("84368997-79cb-416a-bb9c-e350c29a2265"));
}

/// <summary>Creates what is missing of <see cref="ContentSchema"/>; a second run finds everything there and changes nothing.</summary>
public sealed class CreateContentTypes(IMigrationContext context, ContentSchemaSetup setup) : AsyncMigrationBase(context)
{
    protected override async Task MigrateAsync() => await setup.EnsureAsync();
}
