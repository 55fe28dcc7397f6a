using System.Text.Json.Serialization;

namespace Sitrep.Reporting;

/// <summary>What an attack hit.</summary>
public enum TargetType
{
    /// <summary>Homes and apartment blocks.</summary>
    [JsonStringEnumMemberName("residential")] Residential,
    /// <summary>Hospitals, clinics, ambulances.</summary>
    [JsonStringEnumMemberName("health care")] HealthCare,
    /// <summary>Schools, universities, kindergartens.</summary>
    [JsonStringEnumMemberName("education")] Education,
    /// <summary>Power plants, substations, grids, fuel.</summary>
    [JsonStringEnumMemberName("energy")] Energy,
    /// <summary>Water supply.</summary>
    [JsonStringEnumMemberName("water")] Water,
    /// <summary>Railways, roads, bridges, airports.</summary>
    [JsonStringEnumMemberName("transport")] Transport,
    /// <summary>Ports and grain terminals.</summary>
    [JsonStringEnumMemberName("port")] Port,
    /// <summary>Factories and plants.</summary>
    [JsonStringEnumMemberName("industry")] Industry,
    /// <summary>Shops, markets, offices.</summary>
    [JsonStringEnumMemberName("commercial")] Commercial,
    /// <summary>Farms, fields, grain stores.</summary>
    [JsonStringEnumMemberName("agriculture")] Agriculture,
    /// <summary>Telecoms and broadcast towers.</summary>
    [JsonStringEnumMemberName("communications")] Communications,
    /// <summary>Administrative buildings.</summary>
    [JsonStringEnumMemberName("government")] Government,
    /// <summary>Military positions, bases, equipment.</summary>
    [JsonStringEnumMemberName("military")] Military,
    /// <summary>Churches, mosques, synagogues.</summary>
    [JsonStringEnumMemberName("religious")] Religious,
    /// <summary>Museums, theatres, monuments.</summary>
    [JsonStringEnumMemberName("cultural")] Cultural,
    /// <summary>Aid convoys and warehouses.</summary>
    [JsonStringEnumMemberName("humanitarian")] Humanitarian,
    /// <summary>Anything else.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>Who the victims were.</summary>
public enum VictimCategory
{
    /// <summary>Children.</summary>
    [JsonStringEnumMemberName("child")] Child,
    /// <summary>Women.</summary>
    [JsonStringEnumMemberName("woman")] Woman,
    /// <summary>Men.</summary>
    [JsonStringEnumMemberName("man")] Man,
    /// <summary>Elderly people.</summary>
    [JsonStringEnumMemberName("elderly")] Elderly,
    /// <summary>Civilians, unspecified.</summary>
    [JsonStringEnumMemberName("civilian")] Civilian,
    /// <summary>Rescuers and firefighters.</summary>
    [JsonStringEnumMemberName("rescuer")] Rescuer,
    /// <summary>Medics.</summary>
    [JsonStringEnumMemberName("medic")] Medic,
    /// <summary>Journalists.</summary>
    [JsonStringEnumMemberName("journalist")] Journalist,
    /// <summary>Police.</summary>
    [JsonStringEnumMemberName("police")] Police,
    /// <summary>Soldiers.</summary>
    [JsonStringEnumMemberName("soldier")] Soldier,
    /// <summary>Not stated.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
}

/// <summary>Weapon class.</summary>
public enum WeaponClass
{
    /// <summary>Drones of any kind (Shahed, Geran-2, Lancet, FPV).</summary>
    [JsonStringEnumMemberName("drone")] Drone,
    /// <summary>Missiles of unstated type.</summary>
    [JsonStringEnumMemberName("missile")] Missile,
    /// <summary>Ballistic missiles (Iskander, KN-23).</summary>
    [JsonStringEnumMemberName("ballistic missile")] BallisticMissile,
    /// <summary>Cruise missiles (Kh-101, Kalibr).</summary>
    [JsonStringEnumMemberName("cruise missile")] CruiseMissile,
    /// <summary>Guided and glide bombs (KAB, FAB).</summary>
    [JsonStringEnumMemberName("guided bomb")] GuidedBomb,
    /// <summary>Artillery and mortars.</summary>
    [JsonStringEnumMemberName("artillery")] Artillery,
    /// <summary>Multiple rocket launchers (Grad, Uragan).</summary>
    [JsonStringEnumMemberName("mlrs")] Mlrs,
    /// <summary>Air strikes by aircraft.</summary>
    [JsonStringEnumMemberName("air strike")] AirStrike,
    /// <summary>Mines, IEDs, explosives.</summary>
    [JsonStringEnumMemberName("explosive")] Explosive,
    /// <summary>Small arms.</summary>
    [JsonStringEnumMemberName("small arms")] SmallArms,
    /// <summary>Anything else.</summary>
    [JsonStringEnumMemberName("other")] Other,
}
