using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PledgeSite.Web.TagHelpers;

/// <summary>One choice in a GOV.UK radios, checkboxes or select component.</summary>
public sealed record GovUkOption(string Value, string Text, string? Hint = null)
{
    public static IReadOnlyList<GovUkOption> FromEnum<TEnum>(Func<TEnum, string> text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new GovUkOption(v.ToString(), text(v))).ToList();
}

/// <summary>GOV.UK radios in a fieldset: <c>&lt;govuk-radios asp-for="Type" label="..." items="Model.Types" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")] public IEnumerable<GovUkOption> Items { get; set; } = [];
    [HtmlAttributeName("inline")] public bool Inline { get; set; }
    [HtmlAttributeName("small")] public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var current = CurrentValue;
        var index = 0;
        var items = string.Concat(Items.Select(item =>
        {
            var itemId = index++ == 0 ? id : $"{id}-{index}";
            var hint = item.Hint is null ? "" : $"<div id=\"{itemId}-item-hint\" class=\"govuk-hint govuk-radios__hint\">{Encode(item.Hint)}</div>";
            var checkedAttr = string.Equals(item.Value, current, StringComparison.Ordinal) ? " checked" : "";
            var described = item.Hint is null ? "" : $" aria-describedby=\"{itemId}-item-hint\"";
            return $"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{itemId}\" name=\"{Encode(FieldName)}\" type=\"radio\" value=\"{Encode(item.Value)}\"{checkedAttr}{described}>"
                + $"<label class=\"govuk-label govuk-radios__label\" for=\"{itemId}\">{Encode(item.Text)}</label>{hint}</div>";
        }));
        var modifiers = (Inline ? " govuk-radios--inline" : "") + (Small ? " govuk-radios--small" : "");
        Replace(output, $"<div class=\"{GroupClass()}\"><fieldset class=\"govuk-fieldset\"{DescribedBy(id)}>{LegendHtml()}{HintHtml(id)}{ErrorHtml(id)}"
            + $"<div class=\"govuk-radios{modifiers}\" data-module=\"govuk-radios\">{items}</div></fieldset></div>");
    }
}

/// <summary>GOV.UK checkboxes bound to a collection of strings: <c>&lt;govuk-checkboxes asp-for="CommitmentCodes" ... /&gt;</c>.</summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")] public IEnumerable<GovUkOption> Items { get; set; } = [];
    [HtmlAttributeName("small")] public bool Small { get; set; }
    /// <summary>Values that are always ticked and cannot be unticked (for example required commitments).</summary>
    [HtmlAttributeName("locked-values")] public IEnumerable<string> LockedValues { get; set; } = [];

    private HashSet<string> Selected()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string s => [s],
                IEnumerable e => e.Cast<object?>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").ToHashSet(StringComparer.Ordinal),
                var o => [Convert.ToString(o, CultureInfo.InvariantCulture) ?? ""],
            };
        }
        return For.Model switch
        {
            string s => [s],
            bool b => b ? ["true"] : [],
            IEnumerable e => e.Cast<object?>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").ToHashSet(StringComparer.Ordinal),
            _ => [],
        };
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var selected = Selected();
        var locked = LockedValues.ToHashSet(StringComparer.Ordinal);
        var index = 0;
        var items = string.Concat(Items.Select(item =>
        {
            var itemId = index++ == 0 ? id : $"{id}-{index}";
            var hint = item.Hint is null ? "" : $"<div id=\"{itemId}-item-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{Encode(item.Hint)}</div>";
            var isLocked = locked.Contains(item.Value);
            var checkedAttr = selected.Contains(item.Value) || isLocked ? " checked" : "";
            // A locked box is shown ticked and disabled; a hidden field carries its value, since disabled inputs are not posted.
            var lockedAttr = isLocked ? " disabled" : "";
            var hidden = isLocked ? $"<input type=\"hidden\" name=\"{Encode(FieldName)}\" value=\"{Encode(item.Value)}\">" : "";
            var described = item.Hint is null ? "" : $" aria-describedby=\"{itemId}-item-hint\"";
            return $"<div class=\"govuk-checkboxes__item\">{hidden}<input class=\"govuk-checkboxes__input\" id=\"{itemId}\" name=\"{Encode(FieldName)}\" type=\"checkbox\" value=\"{Encode(item.Value)}\"{checkedAttr}{lockedAttr}{described}>"
                + $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{itemId}\">{Encode(item.Text)}</label>{hint}</div>";
        }));
        Replace(output, $"<div class=\"{GroupClass()}\"><fieldset class=\"govuk-fieldset\"{DescribedBy(id)}>{LegendHtml()}{HintHtml(id)}{ErrorHtml(id)}"
            + $"<div class=\"govuk-checkboxes{(Small ? " govuk-checkboxes--small" : "")}\" data-module=\"govuk-checkboxes\">{items}</div></fieldset></div>");
    }
}

/// <summary>
/// GOV.UK date input bound to a <see cref="Infrastructure.DateParts"/> property (Day, Month, Year as typed),
/// so bad input is redisplayed as typed with a clear message.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = FieldId;
        var parts = For.Model as Infrastructure.DateParts;
        string Part(string name, string label, string? value, int width)
        {
            var key = FieldName + "." + name;
            var attempted = ViewContext.ViewData.ModelState.TryGetValue(key, out var e) ? e.AttemptedValue : null;
            var error = ErrorMessage is null ? "" : " govuk-input--error";
            return $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
                + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}-{name.ToLowerInvariant()}\">{label}</label>"
                + $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{error}\" id=\"{id}-{name.ToLowerInvariant()}\" name=\"{Encode(key)}\" type=\"text\" inputmode=\"numeric\" value=\"{Encode(attempted ?? value)}\"></div></div>";
        }
        var inputs = Part("Day", "Day", parts?.Day, 2) + Part("Month", "Month", parts?.Month, 2) + Part("Year", "Year", parts?.Year, 4);
        Replace(output, $"<div class=\"{GroupClass()}\"><fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy(id)}>{LegendHtml()}{HintHtml(id)}{ErrorHtml(id)}"
            + $"<div class=\"govuk-date-input\" id=\"{id}\">{inputs}</div></fieldset></div>");
    }
}
