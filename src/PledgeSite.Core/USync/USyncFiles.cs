namespace PledgeSite.Core.USync;

/// <summary>Item types written to uSync/, one folder each, with the order they are applied on import.</summary>
public static class USyncFolders
{
    public const string DocumentTypes = "document-types";
    public const string MediaFolders = "media-folders";
    public const string Media = "media";
    public const string Content = "content";
    public const string Redirects = "redirects";

    public static readonly IReadOnlyList<string> All = [DocumentTypes, MediaFolders, Media, Content, Redirects];
}

/// <summary>Settings under <c>USync</c>.</summary>
public sealed class USyncOptions
{
    public const string Section = "USync";

    /// <summary>The uSync folder. Empty: the repository's uSync/ in Development, otherwise the copy next to the app.</summary>
    public string? Path { get; set; }

    /// <summary>Import on start-up. Unset: import only when the database has no content yet (a fresh clone or install).</summary>
    public bool? ImportOnStartup { get; set; }

    /// <summary>
    /// Export to the uSync folder a moment after every change to content, media or redirects, as uSync's export on save
    /// does, so the folder (in git) always mirrors the site. On in Development (appsettings.Development.json).
    /// </summary>
    public bool ExportOnSave { get; set; }
}

/// <summary>What an import or export did, for the CLI, the back office and the logs.</summary>
public sealed class USyncReport
{
    public List<string> Created { get; } = [];
    public List<string> Updated { get; } = [];
    public List<string> Skipped { get; } = [];
    public List<string> Deleted { get; } = [];
    /// <summary>"uSync/content/abc.json: what is wrong". An import with any error applies nothing.</summary>
    public List<string> Errors { get; } = [];

    public bool Succeeded => Errors.Count == 0;

    private int FilesWithErrors => Errors.Select(e => e.Split(": ", 2)[0]).Distinct(StringComparer.Ordinal).Count();

    public string Summary => Errors.Count > 0
        ? $"Nothing was imported: {FilesWithErrors} {(FilesWithErrors == 1 ? "file has a problem" : "files have problems")}."
        : $"{Created.Count} created, {Updated.Count} updated, {Skipped.Count} unchanged" + (Deleted.Count > 0 ? $", {Deleted.Count} removed" : "") + ".";
}
