using System.Security.Cryptography;
using System.Text;
using Umbraco.Cms.Core;

namespace PledgeSite.Web.Content;

/// <summary>
/// What the site's editorial content is made of in Umbraco: its languages, data types, block element types and document
/// types, with fixed keys so that every environment (and the content moved between them) agrees on them.
/// <see cref="ContentSchemaSetup"/> creates what is missing.
/// </summary>
public static class ContentSchema
{
    public const string DefaultCulture = "en-GB";

    public static readonly (string IsoCode, string Name)[] Languages =
    [
        (DefaultCulture, "English (United Kingdom)"),
        ("bn", "Bengali"),
        ("so", "Somali"),
    ];

    /// <summary>Umbraco's own data types, created by its installer with these keys.</summary>
    public static class BuiltIn
    {
        public static readonly Guid Textstring = Constants.DataTypes.Guids.TextstringGuid;
        public static readonly Guid Textarea = Constants.DataTypes.Guids.TextareaGuid;
        public static readonly Guid RichText = Constants.DataTypes.Guids.RichtextEditorGuid;
        public static readonly Guid Date = Constants.DataTypes.Guids.DatePickerGuid;
        public static readonly Guid TrueFalse = Constants.DataTypes.Guids.CheckboxGuid;
        public static readonly Guid Image = Constants.DataTypes.Guids.MediaPicker3SingleImageGuid;
    }

    /// <summary>The data types this site adds.</summary>
    public static class DataTypes
    {
        public static readonly Guid ContentBlocks = new("8af83780-8656-44f8-9452-6d41e4607a07");
        public static readonly Guid Outcomes = new("efdc2337-485f-4cb9-b5cb-f0e34d20fc79");
        public static readonly Guid Themes = new("c41498d0-e766-4629-bc52-80c5c37be168");
        public static readonly Guid OpportunityType = new("8aa8667b-417e-4332-b269-fa29d4aef8f4");
        public static readonly Guid Link = new("5abedf16-1649-4247-be45-bec5da98beac");

        /// <summary>The kinds of community leadership opportunity in the 'I can be' campaign (DESIGN.md, capability 6).</summary>
        public static readonly string[] OpportunityTypes =
            ["School governor", "Trustee", "Board member", "Mentoring", "Leadership programme", "Bursary"];
    }

    public sealed record Field(string Alias, string Name, Guid DataType, bool VariesByCulture, bool Mandatory = false, string? Description = null);

    public sealed record ElementType(Guid Key, string Alias, string Name, string Icon, Field[] Properties);

    public sealed record DocumentType(Guid Key, string Alias, string Name, string Icon, string Group, Field[] Properties)
    {
        public bool AllowedAtRoot { get; init; }
        public string[] AllowedChildren { get; init; } = [];
        /// <summary>The Razor view at Views/{Alias}.cshtml, Umbraco's template for this type.</summary>
        public Guid TemplateKey => StableKey.For("template", Alias);
    }

    public static class ElementTypes
    {
        public static readonly ElementType CallToAction = new(new("5f326501-fb09-4f02-bc02-6c35f1dcb750"), "callToAction", "Call to action", "icon-navigation-right",
        [
            new("text", "Button text", BuiltIn.Textstring, VariesByCulture: false, Mandatory: true),
            new("link", "Link", DataTypes.Link, VariesByCulture: false, Mandatory: true),
        ]);

        public static readonly ElementType InsetText = new(new("bde28b87-9b42-48d7-bc9a-44a55c1fd663"), "insetText", "Inset text", "icon-quote",
        [
            new("text", "Text", BuiltIn.Textarea, VariesByCulture: false, Mandatory: true),
        ]);

        public static readonly ElementType Details = new(new("c25b0023-3378-43dc-ace4-cfe65ee47eb2"), "details", "Details", "icon-navigation-down",
        [
            new("summary", "Summary", BuiltIn.Textstring, VariesByCulture: false, Mandatory: true, Description: "The line readers open to see more"),
            new("text", "Text", BuiltIn.RichText, VariesByCulture: false, Mandatory: true),
        ]);

        public static readonly ElementType ImageWithCaption = new(new("ef39ac71-fd8b-4e1f-a806-7b3d675991af"), "imageWithCaption", "Image with caption", "icon-picture",
        [
            new("image", "Image", BuiltIn.Image, VariesByCulture: false, Mandatory: true),
            new("caption", "Caption", BuiltIn.Textstring, VariesByCulture: false),
        ]);

        public static readonly ElementType Outcome = new(new("791458a3-778c-4752-81d9-6d0ca4e78f38"), "outcome", "Outcome", "icon-target",
        [
            new("title", "Title", BuiltIn.Textstring, VariesByCulture: false, Mandatory: true),
            new("description", "Description", BuiltIn.Textarea, VariesByCulture: false),
        ]);

        /// <summary>The blocks editors can put in a page's body.</summary>
        public static readonly ElementType[] Blocks = [CallToAction, InsetText, Details, ImageWithCaption];

        public static readonly ElementType[] All = [.. Blocks, Outcome];
    }

    public static class DocumentTypes
    {
        /// <summary>A composition (not a page of its own) with the fields every page has.</summary>
        public static readonly DocumentType PageFields = new(new("d36feb5d-2e55-4277-a0ae-86ba207a0e08"), "pageFields", "Page fields", "icon-document", "Page",
        [
            new("title", "Title", BuiltIn.Textstring, VariesByCulture: true, Mandatory: true, Description: "The page's heading"),
            new("summary", "Summary", BuiltIn.Textarea, VariesByCulture: true, Description: "One or two sentences under the heading"),
            new("body", "Body", BuiltIn.RichText, VariesByCulture: true),
            new("blocks", "Blocks", DataTypes.ContentBlocks, VariesByCulture: true, Description: "Calls to action, inset text, details and images, after the body"),
            new("image", "Image", BuiltIn.Image, VariesByCulture: false),
            new("metaDescription", "Meta description", BuiltIn.Textarea, VariesByCulture: true, Description: "What search engines show under the title"),
            new("themes", "Themes", DataTypes.Themes, VariesByCulture: false),
        ]);

        public static readonly DocumentType Home = new(new("2fb3c7d2-79bd-43c3-bd2b-2fa9a3dedae2"), "home", "Home", "icon-home", "Home", [])
        {
            AllowedAtRoot = true,
            AllowedChildren = ["contentPage", "theme", "journeyStartPage", "campaignPage", "newsListing", "youSaidWeDid"],
        };

        public static readonly DocumentType ContentPage = new(new("b64e14a7-5f52-4536-8003-fdfdeaad3314"), "contentPage", "Content page", "icon-document", "Content page", [])
        {
            AllowedChildren = ["contentPage"],
        };

        public static readonly DocumentType Theme = new(new("f428c62e-f93b-4bfc-b1a7-6a5c98616b86"), "theme", "Theme", "icon-bookmark", "Theme",
        [
            new("outcomes", "Outcomes", DataTypes.Outcomes, VariesByCulture: true),
        ])
        {
            AllowedChildren = ["contentPage"],
        };

        public static readonly DocumentType JourneyStartPage = new(new("83a36a75-204d-4d4b-8d61-2916c909409a"), "journeyStartPage", "Journey start page", "icon-play", "Journey",
        [
            new("journeyPath", "Journey address", BuiltIn.Textstring, VariesByCulture: false, Mandatory: true, Description: "Where the start button goes, for example /pledge/sign"),
            new("startButtonText", "Start button text", BuiltIn.Textstring, VariesByCulture: true),
        ]);

        public static readonly DocumentType CampaignPage = new(new("2e114bcd-a93f-41e6-a0c0-4c2160e83ddf"), "campaignPage", "Campaign page", "icon-megaphone", "Campaign", [])
        {
            AllowedChildren = ["roleModel", "opportunity", "event", "contentPage"],
        };

        public static readonly DocumentType RoleModel = new(new("c98dec8d-cfb2-43bf-a94a-d05db2cd313b"), "roleModel", "Role model", "icon-user", "Consent",
        [
            new("recordedConsent", "Consent recorded", BuiltIn.TrueFalse, VariesByCulture: false, Description: "The person agreed to this story being published; untick when they withdraw it"),
            new("consentDate", "Consent date", BuiltIn.Date, VariesByCulture: false),
        ]);

        public static readonly DocumentType Opportunity = new(new("876c4e2e-1312-41b1-9d01-8085fb482ca8"), "opportunity", "Opportunity", "icon-lightbulb", "Opportunity",
        [
            new("opportunityType", "Type", DataTypes.OpportunityType, VariesByCulture: false, Mandatory: true),
            new("organisation", "Organisation", BuiltIn.Textstring, VariesByCulture: false, Mandatory: true),
            new("closingDate", "Closing date", BuiltIn.Date, VariesByCulture: false),
            new("rolling", "Rolling (no closing date)", BuiltIn.TrueFalse, VariesByCulture: false),
            new("eligibility", "Who can apply", BuiltIn.RichText, VariesByCulture: true),
            new("howToApply", "How to apply", BuiltIn.RichText, VariesByCulture: true),
        ]);

        public static readonly DocumentType Event = new(new("6c84fe5d-0c8b-492b-a395-b88a4d302bdf"), "event", "Event", "icon-calendar", "Event",
        [
            new("eventDate", "Date", BuiltIn.Date, VariesByCulture: false, Mandatory: true),
            new("eventTime", "Time", BuiltIn.Textstring, VariesByCulture: true, Description: "For example 6pm to 8pm"),
            new("place", "Place", BuiltIn.Textarea, VariesByCulture: true),
            new("accessibility", "Accessibility", BuiltIn.Textarea, VariesByCulture: true, Description: "Step-free access, hearing loop, quiet room, interpreters"),
            new("bookingLink", "Booking link", DataTypes.Link, VariesByCulture: false),
        ]);

        public static readonly DocumentType NewsItem = new(new("d3b0cc23-7ee7-4f15-b774-db4f691bbdab"), "newsItem", "News item", "icon-newspaper", "News",
        [
            new("newsDate", "Date", BuiltIn.Date, VariesByCulture: false),
        ]);

        public static readonly DocumentType NewsListing = new(new("8a1133e5-82a2-4e70-928c-c8c5f1bda024"), "newsListing", "News listing", "icon-newspaper-alt", "News", [])
        {
            AllowedChildren = ["newsItem"],
        };

        public static readonly DocumentType YouSaidWeDid = new(new("6a2f9170-2401-4ec2-9110-a7941b1cec55"), "youSaidWeDid", "You said, we did", "icon-chat", "You said, we did",
        [
            new("youSaid", "You said", BuiltIn.Textarea, VariesByCulture: true, Mandatory: true),
            new("weDid", "We did", BuiltIn.RichText, VariesByCulture: true, Mandatory: true),
        ]);

        /// <summary>The pages editors create, each composed of <see cref="PageFields"/> and rendered by its own template.</summary>
        public static readonly DocumentType[] Pages =
            [Home, ContentPage, Theme, JourneyStartPage, CampaignPage, RoleModel, Opportunity, Event, NewsItem, NewsListing, YouSaidWeDid];
    }
}

/// <summary>Name-based (version 5) GUIDs: the same name gives the same key in every environment.</summary>
public static class StableKey
{
    private static readonly Guid Namespace = new("a1dae1f7-f763-4d19-af59-e62914c96f52");

    public static Guid For(string kind, string name)
    {
        var input = Encoding.UTF8.GetBytes(kind + ":" + name);
        Span<byte> bytes = stackalloc byte[16 + input.Length];
        Namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        input.CopyTo(bytes[16..]);
#pragma warning disable CA5350 // UUID version 5 is defined over SHA-1; nothing secret is hashed
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
