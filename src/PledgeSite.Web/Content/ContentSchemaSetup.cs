using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentTypeEditing;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.ContentTypeEditing;
using static PledgeSite.Web.Content.ContentSchema;

namespace PledgeSite.Web.Content;

/// <summary>
/// Creates whatever of <see cref="ContentSchema"/> Umbraco does not have yet, and leaves alone what it has (an
/// editor's later change to a document type is theirs to keep). Safe to run any number of times.
/// </summary>
public sealed class ContentSchemaSetup(
    ILanguageService languages,
    IContentService content,
    ITemplateService templates,
    IDataTypeService dataTypes,
    PropertyEditorCollection editors,
    IConfigurationEditorJsonSerializer configurationSerializer,
    IContentTypeService contentTypes,
    IContentTypeEditingService contentTypeEditing)
{
    private static readonly Guid User = Constants.Security.SuperUserKey;

    /// <summary>Creates what is missing and returns how many things it created or changed (0 when all was there).</summary>
    public async Task<int> EnsureAsync()
    {
        var changes = await EnsureLanguagesAsync();
        foreach (var page in DocumentTypes.Pages) changes += await EnsureTemplateAsync(page);
        changes += await EnsureDataTypeAsync(DataTypes.Link, "Link", Constants.PropertyEditors.Aliases.MultiUrlPicker, "Umb.PropertyEditorUi.MultiUrlPicker",
            new() { ["minNumber"] = 0, ["maxNumber"] = 1 });
        changes += await EnsureDataTypeAsync(DataTypes.OpportunityType, "Opportunity type", Constants.PropertyEditors.Aliases.DropDownListFlexible, "Umb.PropertyEditorUi.Dropdown",
            new() { ["multiple"] = false, ["items"] = DataTypes.OpportunityTypes });
        changes += await EnsureDataTypeAsync(DataTypes.Themes, "Themes", Constants.PropertyEditors.Aliases.MultiNodeTreePicker, "Umb.PropertyEditorUi.ContentPicker",
            new()
            {
                ["startNode"] = new Dictionary<string, object> { ["type"] = "content" },
                ["filter"] = DocumentTypes.Theme.Key.ToString(),
                ["minNumber"] = 0,
                ["maxNumber"] = 0,
            });
        foreach (var element in ElementTypes.All) changes += await EnsureElementTypeAsync(element);
        changes += await EnsureBlockListAsync(DataTypes.ContentBlocks, "Content blocks", ElementTypes.Blocks);
        changes += await EnsureBlockListAsync(DataTypes.Outcomes, "Outcomes", [ElementTypes.Outcome]);
        changes += await EnsureDocumentTypeAsync(DocumentTypes.PageFields, composition: null);
        foreach (var page in DocumentTypes.Pages) changes += await EnsureDocumentTypeAsync(page, DocumentTypes.PageFields);
        foreach (var page in DocumentTypes.Pages) changes += await EnsureAllowedChildrenAsync(page);
        return changes;
    }

    private async Task<int> EnsureLanguagesAsync()
    {
        var changes = 0;
        foreach (var (isoCode, name) in Languages)
        {
            if (await languages.GetAsync(isoCode) is not null) continue;
            var language = new Language(isoCode, name)
            {
                IsDefault = isoCode == DefaultCulture,
                FallbackIsoCode = isoCode == DefaultCulture ? null : DefaultCulture,
            };
            Check(await languages.CreateAsync(language, User), $"the {isoCode} language");
            changes++;
        }
        // Umbraco's installer starts with American English; on a site with no content yet it gives way to en-GB.
        var american = await languages.GetAsync("en-US");
        if (american is { IsDefault: false } && content.Count() == 0)
        {
            Check(await languages.DeleteAsync("en-US", User), "the installer's en-US language (removing it)");
            changes++;
        }
        return changes;
    }

    private async Task<int> EnsureTemplateAsync(DocumentType page)
    {
        if (await templates.GetAsync(page.TemplateKey) is not null) return 0;
        // Umbraco writes a new template's content to Views/{alias}.cshtml: give it the view already there. It writes a
        // byte-order mark and no final newline, so the views are kept in git that way and the write changes nothing.
        string? view = null;
        try
        {
            await using var stream = await templates.GetFileContentStreamAsync(page.Alias + ".cshtml");
            using var reader = new StreamReader(stream);
            view = await reader.ReadToEndAsync();
        }
        catch (FileNotFoundException)
        {
            // A published site runs the compiled view; the file itself is not deployed.
        }
        Check(await templates.CreateAsync(page.Name, page.Alias, view, User, page.TemplateKey), $"the {page.Alias} template");
        return 1;
    }

    private async Task<int> EnsureDataTypeAsync(Guid key, string name, string editorAlias, string editorUiAlias, Dictionary<string, object> configuration)
    {
        if (await dataTypes.GetAsync(key) is not null) return 0;
        if (!editors.TryGet(editorAlias, out var editor))
            throw new InvalidOperationException($"Umbraco has no {editorAlias} property editor for the {name} data type");
        var dataType = new DataType(editor, configurationSerializer, Constants.System.Root)
        {
            Key = key,
            Name = name,
            EditorUiAlias = editorUiAlias,
            DatabaseType = ValueStorageType.Ntext,
            ConfigurationData = configuration,
        };
        Check(await dataTypes.CreateAsync(dataType, User), $"the {name} data type");
        return 1;
    }

    private Task<int> EnsureBlockListAsync(Guid key, string name, ElementType[] blocks) =>
        EnsureDataTypeAsync(key, name, Constants.PropertyEditors.Aliases.BlockList, "Umb.PropertyEditorUi.BlockList", new()
        {
            ["blocks"] = blocks.Select(b => new Dictionary<string, object> { ["contentElementTypeKey"] = b.Key.ToString(), ["label"] = b.Name }).ToArray(),
        });

    private async Task<int> EnsureElementTypeAsync(ElementType element)
    {
        if (await contentTypes.GetAsync(element.Key) is not null) return 0;
        var group = StableKey.For("group", element.Alias);
        Check(await contentTypeEditing.CreateAsync(new ContentTypeCreateModel
        {
            Key = element.Key,
            Alias = element.Alias,
            Name = element.Name,
            Icon = element.Icon,
            IsElement = true,
            Containers = [new ContentTypePropertyContainerModel { Key = group, Name = element.Name, Type = "Group" }],
            Properties = Properties(element.Alias, group, element.Properties),
        }, User), $"the {element.Alias} element type");
        return 1;
    }

    private async Task<int> EnsureDocumentTypeAsync(DocumentType type, DocumentType? composition)
    {
        if (await contentTypes.GetAsync(type.Key) is not null) return 0;
        var group = StableKey.For("group", type.Alias);
        var isPage = composition is not null;
        Check(await contentTypeEditing.CreateAsync(new ContentTypeCreateModel
        {
            Key = type.Key,
            Alias = type.Alias,
            Name = type.Name,
            Icon = type.Icon,
            VariesByCulture = true,
            AllowedAsRoot = type.AllowedAtRoot,
            Compositions = composition is null ? [] : [new Composition { Key = composition.Key, CompositionType = CompositionType.Composition }],
            Containers = type.Properties.Length == 0 ? [] : [new ContentTypePropertyContainerModel { Key = group, Name = type.Group, Type = "Group", SortOrder = 1 }],
            Properties = Properties(type.Alias, group, type.Properties),
            AllowedTemplateKeys = isPage ? [type.TemplateKey] : [],
            DefaultTemplateKey = isPage ? type.TemplateKey : null,
        }, User), $"the {type.Alias} document type");
        return 1;
    }

    /// <summary>Allowed children are set once every type exists (a content page may hold content pages).</summary>
    private async Task<int> EnsureAllowedChildrenAsync(DocumentType type)
    {
        var existing = await contentTypes.GetAsync(type.Key) ?? throw new InvalidOperationException($"The {type.Alias} document type is missing");
        var wanted = type.AllowedChildren.Select(alias => DocumentTypes.Pages.Single(p => p.Alias == alias)).ToArray();
        var current = existing.AllowedContentTypes?.Select(a => a.Key).ToHashSet() ?? [];
        if (wanted.All(w => current.Contains(w.Key))) return 0;
        existing.AllowedContentTypes = (existing.AllowedContentTypes ?? [])
            .Concat(wanted.Where(w => !current.Contains(w.Key)).Select(w => new ContentTypeSort(w.Key, 0, w.Alias)))
            .Select((sort, index) => new ContentTypeSort(sort.Key, index, sort.Alias))
            .ToArray();
        Check(await contentTypes.UpdateAsync(existing, User), $"the children allowed under {type.Alias}");
        return 1;
    }

    private static ContentTypePropertyTypeModel[] Properties(string owner, Guid group, ContentSchema.Field[] properties) =>
        properties.Select((p, index) => new ContentTypePropertyTypeModel
        {
            Key = StableKey.For("property", owner + "." + p.Alias),
            ContainerKey = group,
            SortOrder = index,
            Alias = p.Alias,
            Name = p.Name,
            Description = p.Description,
            DataTypeKey = p.DataType,
            VariesByCulture = p.VariesByCulture,
            Validation = new PropertyTypeValidation { Mandatory = p.Mandatory },
            Appearance = new PropertyTypeAppearance(),
        }).ToArray();

    private static void Check<TResult, TStatus>(Attempt<TResult, TStatus> attempt, string what)
    {
        if (!attempt.Success) throw new InvalidOperationException($"Could not create {what}: {attempt.Status} {attempt.Exception?.Message}");
    }

    private static void Check<TStatus>(Attempt<TStatus> attempt, string what)
    {
        if (!attempt.Success) throw new InvalidOperationException($"Could not create {what}: {attempt.Result} {attempt.Exception?.Message}");
    }
}
