using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.TagHelpers;

/// <summary>
/// GOV.UK error summary from ModelState: each error links to its field (the key's id, or the first date part).
/// Renders nothing when the form is valid. Put it first in the main column.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext][HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;
    /// <summary>Maps a ModelState key to the id of the field to focus, where that is not the key's sanitised id.</summary>
    [HtmlAttributeName("field-ids")] public IDictionary<string, string> FieldIds { get; set; } = new Dictionary<string, string>();

    /// <summary>
    /// Errors in the order of the page model's properties (the order fields appear on the page), as GOV.UK asks,
    /// rather than ModelState's own order; errors not about a field come first.
    /// </summary>
    private int FieldOrder(string key)
    {
        if (key.Length == 0) return -1;
        var name = key.Split('.', '[')[0];
        var properties = ViewContext.ViewData.Model?.GetType().GetProperties() ?? [];
        var index = Array.FindIndex(properties, p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (Key: kv.Key, Message: kv.Value!.Errors[0].ErrorMessage))
            .Where(e => !string.IsNullOrEmpty(e.Message))
            .GroupBy(e => e.Message).Select(g => g.First())
            .OrderBy(e => FieldOrder(e.Key))
            .ToList();
        output.TagName = null;
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        var items = string.Concat(errors.Select(e =>
        {
            var target = FieldIds.TryGetValue(e.Key, out var id) ? id
                : e.Key == FormProtectionFilter.BotErrorKey || e.Key.Length == 0 ? null
                : TagBuilder.CreateSanitizedId(e.Key, "_");
            var message = HtmlEncoder.Default.Encode(e.Message);
            return target is null ? $"<li>{message}</li>" : $"<li><a href=\"#{target}\">{message}</a></li>";
        }));
        output.Content.SetHtmlContent(new HtmlString(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">"
            + "<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\">"
            + $"<ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div></div>"));
    }
}

/// <summary>GOV.UK summary list: <c>&lt;govuk-summary-list&gt;&lt;govuk-summary-row key="Name" value="..." change-href="..." /&gt;...</c>.</summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class GovUkSummaryListTagHelper : TagHelper
{
    [HtmlAttributeName("no-border")] public bool NoBorder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list" + (NoBorder ? " govuk-summary-list--no-border" : ""));
    }
}

[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class GovUkSummaryRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")] public string Key { get; set; } = "";
    /// <summary>Plain text value; multi-line text keeps its line breaks. Leave out to use the element's content as HTML.</summary>
    [HtmlAttributeName("value")] public string? Value { get; set; }
    [HtmlAttributeName("change-href")] public string? ChangeHref { get; set; }
    [HtmlAttributeName("change-text")] public string ChangeText { get; set; } = "Change";
    /// <summary>Visually hidden text after "Change", for screen readers; defaults to the key in lower case.</summary>
    [HtmlAttributeName("change-hidden")] public string? ChangeHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var enc = HtmlEncoder.Default;
        var value = Value is not null
            ? enc.Encode(Value).Replace("\n", "<br>", StringComparison.Ordinal)
            : (await output.GetChildContentAsync()).GetContent();
        var actions = ChangeHref is null ? "" :
            $"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{enc.Encode(ChangeHref)}\">{enc.Encode(ChangeText)}"
            + $"<span class=\"govuk-visually-hidden\"> {enc.Encode(ChangeHidden ?? Key.ToLower(CultureInfo.CurrentCulture))}</span></a></dd>";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row" + (ChangeHref is null ? " govuk-summary-list__row--no-actions" : ""));
        output.Content.SetHtmlContent(new HtmlString(
            $"<dt class=\"govuk-summary-list__key\">{enc.Encode(Key)}</dt><dd class=\"govuk-summary-list__value\">{value}</dd>{actions}"));
    }
}

/// <summary>GOV.UK notification banner; type "success" uses role=alert. Content is the banner's body.</summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovUkNotificationBannerTagHelper : TagHelper
{
    [HtmlAttributeName("type")] public string? Type { get; set; }
    [HtmlAttributeName("title")] public string? Title { get; set; }
    [HtmlAttributeName("heading")] public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var enc = HtmlEncoder.Default;
        var success = Type == "success";
        var title = Title ?? (success ? "Success" : "Important");
        var body = (await output.GetChildContentAsync()).GetContent();
        var heading = Heading is null ? "" : $"<h3 class=\"govuk-notification-banner__heading\">{enc.Encode(Heading)}</h3>";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (success ? " govuk-notification-banner--success" : ""));
        output.Attributes.SetAttribute("role", success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", "govuk-notification-banner-title");
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        output.Content.SetHtmlContent(new HtmlString(
            $"<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">{enc.Encode(title)}</h2></div>"
            + $"<div class=\"govuk-notification-banner__content\">{heading}{body}</div>"));
    }
}

/// <summary>GOV.UK tag: <c>&lt;govuk-tag colour="green"&gt;Approved&lt;/govuk-tag&gt;</c>.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    [HtmlAttributeName("colour")] public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-tag" + (Colour is null ? "" : " govuk-tag--" + Colour));
    }
}

/// <summary>GOV.UK details (works without JavaScript: it is a native &lt;details&gt;).</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovUkDetailsTagHelper : TagHelper
{
    [HtmlAttributeName("summary")] public string Summary { get; set; } = "";
    [HtmlAttributeName("open")] public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-details");
        if (Open) output.Attributes.SetAttribute("open", "open");
        output.Content.SetHtmlContent(new HtmlString(
            $"<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">{HtmlEncoder.Default.Encode(Summary)}</span></summary>"
            + $"<div class=\"govuk-details__text\">{body}</div>"));
    }
}

/// <summary>
/// GOV.UK pagination that keeps the current query string (filters) and replaces only "page".
/// <c>&lt;govuk-pagination current-page="Model.Page" total-pages="Model.TotalPages" /&gt;</c>
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkPaginationTagHelper : TagHelper
{
    [HtmlAttributeName("current-page")] public int CurrentPage { get; set; } = 1;
    [HtmlAttributeName("total-pages")] public int TotalPages { get; set; } = 1;
    [HtmlAttributeName("page-parameter")] public string PageParameter { get; set; } = "page";
    [ViewContext][HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = default!;

    public string Href(int page)
    {
        var request = ViewContext.HttpContext.Request;
        var query = request.Query.Where(q => !string.Equals(q.Key, PageParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(PageParameter, page.ToString(CultureInfo.InvariantCulture)));
        return request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query).ToUriComponent();
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (TotalPages <= 1)
        {
            output.SuppressOutput();
            return;
        }
        var enc = HtmlEncoder.Default;
        var pages = new SortedSet<int> { 1, TotalPages, CurrentPage, CurrentPage - 1, CurrentPage + 1 };
        pages.RemoveWhere(p => p < 1 || p > TotalPages);
        var items = new List<string>();
        var previous = 0;
        foreach (var page in pages)
        {
            if (page - previous > 1) items.Add("<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>");
            items.Add(page == CurrentPage
                ? $"<li class=\"govuk-pagination__item govuk-pagination__item--current\"><a class=\"govuk-link govuk-pagination__link\" href=\"{enc.Encode(Href(page))}\" aria-label=\"Page {page}\" aria-current=\"page\">{page}</a></li>"
                : $"<li class=\"govuk-pagination__item\"><a class=\"govuk-link govuk-pagination__link\" href=\"{enc.Encode(Href(page))}\" aria-label=\"Page {page}\">{page}</a></li>");
            previous = page;
        }
        var prev = CurrentPage > 1
            ? $"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{enc.Encode(Href(CurrentPage - 1))}\" rel=\"prev\"><svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg><span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>"
            : "";
        var next = CurrentPage < TotalPages
            ? $"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{enc.Encode(Href(CurrentPage + 1))}\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span><svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg></a></div>"
            : "";
        output.Content.SetHtmlContent(new HtmlString(
            $"<nav class=\"govuk-pagination\" aria-label=\"Pagination\">{prev}<ul class=\"govuk-pagination__list\">{string.Concat(items)}</ul>{next}</nav>"));
    }
}

/// <summary>
/// The bot-protection fields for a public form (see <see cref="PublicFormAttribute"/>): a honeypot text field
/// hidden from people, and, when reCAPTCHA is configured, the token field filled by /js/recaptcha.js.
/// </summary>
[HtmlTargetElement("govuk-form-protection", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkFormProtectionTagHelper(IOptions<RecaptchaOptions> recaptcha) : TagHelper
{
    [HtmlAttributeName("action")] public string Action { get; set; } = "submit";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var enc = HtmlEncoder.Default;
        output.TagName = null;
        var html = "<div class=\"th-honeypot\" aria-hidden=\"true\">"
            + $"<label for=\"{FormProtectionFilter.HoneypotField}\">Leave this field empty</label>"
            + $"<input type=\"text\" id=\"{FormProtectionFilter.HoneypotField}\" name=\"{FormProtectionFilter.HoneypotField}\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"></div>";
        if (recaptcha.Value.Enabled)
        {
            html += $"<input type=\"hidden\" name=\"{FormProtectionFilter.RecaptchaField}\" data-recaptcha-action=\"{enc.Encode(Action)}\" data-recaptcha-site-key=\"{enc.Encode(recaptcha.Value.SiteKey ?? "")}\">"
                + $"<script src=\"https://www.google.com/recaptcha/api.js?render={enc.Encode(recaptcha.Value.SiteKey ?? "")}\" async defer></script>"
                + "<script src=\"/js/recaptcha.js\" defer></script>";
        }
        output.Content.SetHtmlContent(new HtmlString(html));
    }
}
