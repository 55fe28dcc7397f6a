using Sitrep.Reporting;

namespace Sitrep.Evaluation.Muc4;

/// <summary>
/// How a Sitrep report answers MUC-4's document-level role fillers. MUC-4 templates cover terrorist
/// incidents (attacks, bombings, kidnappings, arson, murders), not battles between armed forces, so
/// only violent events outside ACLED's Battles, and property destruction, count. From those events:
/// weapon evidence -> instrument; target-type evidence (the struck object) -> physical target; actor
/// evidence -> perpetrator organisation when the actor is an organisation, perpetrator individual when
/// it is a person or a group ("guerrillas"); target evidence naming a person -> human target.
/// </summary>
public static class Muc4Fillers
{
    /// <summary>The roles Sitrep fills, with the GRIT role names.</summary>
    public static readonly string[] Roles =
        ["incident_instrument_id", "phys_tgt_id", "perp_organization_id", "perp_individual_id", "hum_tgt_name"];

    /// <summary>Distinct filler strings per role for <paramref name="report"/> of <paramref name="text"/>.</summary>
    public static Dictionary<string, List<string>> Of(Report report, string text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var fillers = Roles.ToDictionary(r => r, _ => new List<string>());
        foreach (var e in report.Events.Where(Relevant))
        {
            foreach (var v in e.Evidence)
            {
                var role = v.Field switch
                {
                    "weapon" => "incident_instrument_id",
                    "targetType" => "phys_tgt_id",
                    "actors" => ActorRole(report, e.Actors, v),
                    "targets" => EntityAt(report, e.Targets, v)?.Type == EntityType.Person ? "hum_tgt_name" : null,
                    _ => null,
                };
                var filler = text[v.Start..v.End].Trim();
                if (role is not null && !fillers[role].Contains(filler, StringComparer.OrdinalIgnoreCase))
                {
                    fillers[role].Add(filler);
                }
            }
        }

        return fillers;
    }

    private static bool Relevant(EventRecord e) =>
        (e.Category == EventCategory.Violence && e.EventType != "Battles") || e.SubEventType == "Looting/property destruction";

    private static string? ActorRole(Report report, IReadOnlyList<string> ids, Evidence v) => EntityAt(report, ids, v)?.Type switch
    {
        EntityType.Organization => "perp_organization_id",
        EntityType.Person or EntityType.Group => "perp_individual_id",
        _ => null,
    };

    private static EntityRecord? EntityAt(Report report, IReadOnlyList<string> ids, Evidence v) =>
        report.Entities.FirstOrDefault(x => ids.Contains(x.Id) && x.Mentions.Any(m => m.Start < v.End && v.Start < m.End));
}
