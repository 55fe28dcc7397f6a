using System.Globalization;
using System.Text;
using Sitrep.Reporting;

namespace Sitrep.Tests.Events;

/// <summary>Prints events as one readable line each, the form spec files state their expectations in.</summary>
public static class EventLines
{
    /// <summary>The events of <paramref name="report"/>, one line each.</summary>
    public static List<string> Of(Report report)
    {
        var entities = report.Entities.ToDictionary(e => e.Id, e => e.Name);
        var places = report.Places.ToDictionary(p => p.Id, p => p.Name);
        return [.. report.Events.Select(e => Line(e, entities, places))];
    }

    private static string Line(EventRecord e, Dictionary<string, string> entities, Dictionary<string, string> places)
    {
        var line = new StringBuilder(ReportJson.NameOf(e.Category));
        void Add(string name, object? value)
        {
            if (value is not null && (value is not string s || s.Length > 0))
            {
                line.Append(CultureInfo.InvariantCulture, $" {name}={value}");
            }
        }

        if (e.Category == EventCategory.Statement)
        {
            Add("plover", e.Plover);
        }
        else
        {
            line.Append(' ').Append(ReportJson.NameOf(e.Scope));
            Add("type", e.SubEventType?.Replace(' ', '_'));
        }

        Add("actors", string.Join(',', e.Actors.Select(a => entities[a])));
        Add("targets", string.Join(',', e.Targets.Select(t => entities[t])));
        Add("weapon", e.Weapon is { } w ? ReportJson.NameOf(w).Replace(' ', '_') : null);
        Add("launched", e.Munitions?.Launched);
        Add("intercepted", e.Munitions?.Intercepted);
        Add("target", e.TargetType is { } t2 ? ReportJson.NameOf(t2).Replace(' ', '_') : null);
        Add("place", e.Place is { } p ? places[p].Replace(' ', '_') : null);
        Add("date", e.Date);
        Add("killed", Range(e.Killed));
        Add("injured", Range(e.Injured));
        Add("partOf", e.PartOf);
        Add("victims", string.Join(',', e.Victims.Select(v => $"{ReportJson.NameOf(v.Category)}:{v.Killed?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{v.Injured?.ToString(CultureInfo.InvariantCulture) ?? "-"}")));
        return line.ToString();
    }

    // "4" when exact, "7+" when open-ended, "5-10" for a range, "min<best>max" otherwise.
    private static string? Range(Casualties? c) => c switch
    {
        null => null,
        { Max: null } when c.Min == c.Best => $"{c.Best}+",
        _ when c.Min == c.Best && c.Best == c.Max => c.Best.ToString(CultureInfo.InvariantCulture),
        _ when c.Min == c.Best => $"{c.Min}-{c.Max}",
        _ => $"{c.Min}<{c.Best}>{c.Max?.ToString(CultureInfo.InvariantCulture) ?? ""}",
    };
}
