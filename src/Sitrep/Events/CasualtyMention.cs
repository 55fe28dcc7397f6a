using Sitrep.Reporting;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>Killed or injured.</summary>
internal enum Outcome
{
    Killed,
    Injured,
}

/// <summary>
/// One statement of casualties: "six people were injured", "their father was also killed".
/// <see cref="Additive"/> ("also", "another") adds to earlier figures; <see cref="Subset"/> ("including
/// three children") details them; <see cref="Total"/> ("the death toll rose to seven") replaces them.
/// </summary>
internal sealed record CasualtyMention(
    Outcome Outcome, Quantity Count, VictimCategory? Category, bool Additive, bool Subset, bool Total, TextSpan Span)
{
    /// <summary>The first token of the sentence that states it: mentions of one sentence are counted together.</summary>
    public int Sentence { get; init; }
}
