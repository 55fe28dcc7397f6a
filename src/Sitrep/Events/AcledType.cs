using Sitrep.Reporting;

namespace Sitrep.Events;

/// <summary>An ACLED sub-event type with its event type, Sitrep category and PLOVER event.</summary>
/// <param name="Code">The short code CASE 2021 uses ("AIR_STRIKE").</param>
/// <param name="Category">Violence, demonstration or strategic.</param>
/// <param name="EventType">ACLED event type.</param>
/// <param name="SubEventType">ACLED sub-event type.</param>
/// <param name="Plover">PLOVER event.</param>
public sealed record AcledType(string Code, EventCategory Category, string EventType, string SubEventType, string Plover)
{
    private const string Battles = "Battles";
    private const string Remote = "Explosions/Remote violence";
    private const string Civilians = "Violence against civilians";
    private const string Protests = "Protests";
    private const string Riots = "Riots";
    private const string Strategic = "Strategic developments";

    /// <summary>The 25 ACLED sub-event types by code.</summary>
    public static IReadOnlyDictionary<string, AcledType> ByCode { get; } = new AcledType[]
    {
        new("ARMED_CLASH", EventCategory.Violence, Battles, "Armed clash", "ASSAULT"),
        new("GOV_REGAINS_TERIT", EventCategory.Violence, Battles, "Government regains territory", "ASSAULT"),
        new("NON_STATE_ACTOR_OVERTAKES_TER", EventCategory.Violence, Battles, "Non-state actor overtakes territory", "ASSAULT"),
        new("CHEM_WEAP", EventCategory.Violence, Remote, "Chemical weapon", "ASSAULT"),
        new("AIR_STRIKE", EventCategory.Violence, Remote, "Air/drone strike", "ASSAULT"),
        new("SUIC_BOMB", EventCategory.Violence, Remote, "Suicide bomb", "ASSAULT"),
        new("ART_MISS_ATTACK", EventCategory.Violence, Remote, "Shelling/artillery/missile attack", "ASSAULT"),
        new("REM_EXPLOS", EventCategory.Violence, Remote, "Remote explosive/landmine/IED", "ASSAULT"),
        new("GRENADE", EventCategory.Violence, Remote, "Grenade", "ASSAULT"),
        new("SEX_VIOL", EventCategory.Violence, Civilians, "Sexual violence", "ASSAULT"),
        new("ATTACK", EventCategory.Violence, Civilians, "Attack", "ASSAULT"),
        new("ABDUCT_DISSAP", EventCategory.Violence, Civilians, "Abduction/forced disappearance", "ASSAULT"),
        new("PEACE_PROTEST", EventCategory.Demonstration, Protests, "Peaceful protest", "PROTEST"),
        new("PROTEST_WITH_INTER", EventCategory.Demonstration, Protests, "Protest with intervention", "PROTEST"),
        new("FORCE_AGAINST_PROTEST", EventCategory.Demonstration, Protests, "Excessive force against protesters", "ASSAULT"),
        new("VIOL_DEMONSTR", EventCategory.Demonstration, Riots, "Violent demonstration", "PROTEST"),
        new("MOB_VIOL", EventCategory.Demonstration, Riots, "Mob violence", "ASSAULT"),
        new("AGREEMENT", EventCategory.Strategic, Strategic, "Agreement", "AGREE"),
        new("ARREST", EventCategory.Strategic, Strategic, "Arrests", "COERCE"),
        new("CHANGE_TO_GROUP_ACT", EventCategory.Strategic, Strategic, "Change to group/activity", "MOBILIZE"),
        new("DISR_WEAP", EventCategory.Strategic, Strategic, "Disrupted weapons use", "COERCE"),
        new("HQ_ESTABLISHED", EventCategory.Strategic, Strategic, "Headquarters or base established", "MOBILIZE"),
        new("PROPERTY_DISTRUCT", EventCategory.Strategic, Strategic, "Looting/property destruction", "ASSAULT"),
        new("NON_VIOL_TERRIT_TRANSFER", EventCategory.Strategic, Strategic, "Non-violent transfer of territory", "RETREAT"),
        new("OTHER", EventCategory.Strategic, Strategic, "Other", "COERCE"),
    }.ToDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>The code of an ACLED sub-event type name, if it is one.</summary>
    public static string? CodeOf(string? subEventType) =>
        ByCode.Values.FirstOrDefault(t => t.SubEventType == subEventType)?.Code;
}
